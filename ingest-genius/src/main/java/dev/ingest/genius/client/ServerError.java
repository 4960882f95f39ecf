package dev.ingest.genius.client;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/** What a failure from the database server means: its own text, and whether reading again on a new connection may work. */
final class ServerError {

    /** Killed connection or query, server shutting down, server gone away, lost connection, network errors. */
    private static final Set<Integer> DROPPED = Set.of(1927, 1317, 1053, 2006, 2013, 1158, 1159, 1160, 1161);
    /** Refused login, unknown database, no privilege: trying again cannot help. */
    private static final Set<Integer> REFUSED = Set.of(1044, 1045, 1049, 1142, 1143);

    private ServerError() {
    }

    /** Whether the connection (or the query with it) was lost rather than refused. */
    static boolean dropped(SQLException error) {
        if (refused(error)) {
            return false;
        }
        boolean dropped = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                dropped |= t instanceof SQLRecoverableException || t instanceof SQLTransientException
                        || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) || DROPPED.contains(sql.getErrorCode());
            }
        }
        return dropped;
    }

    /** Whether the server refused the login, the database or a privilege. */
    static boolean refused(SQLException error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (REFUSED.contains(sql.getErrorCode()) || (sql.getSQLState() != null && sql.getSQLState().startsWith("28")))) {
                return true;
            }
        }
        return false;
    }

    /** The message, with the server's own reason when a pool wrapped it ("Connection is not available ..."). */
    static String text(SQLException error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error || root.getMessage() == null ? error.getMessage() : error.getMessage() + ": " + root.getMessage();
    }
}
