package dev.ingest.genius.client;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/** Whether a failure lost the connection (or the query with it), so reading again on a new one may work. */
final class DroppedConnection {

    /** Server errors: killed connection or query, server shutting down, server gone away, lost connection. */
    private static final Set<Integer> CODES = Set.of(1927, 1317, 1053, 2006, 2013, 1158, 1159, 1160, 1161);

    private DroppedConnection() {
    }

    static boolean is(SQLException error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLRecoverableException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || CODES.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }
}
