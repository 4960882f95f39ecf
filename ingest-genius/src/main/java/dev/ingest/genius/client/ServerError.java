package dev.ingest.genius.client;

import com.mysql.cj.exceptions.CJCommunicationsException;
import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What a failure from the database server means: its own text, and whether reading again on a new connection may work. */
final class ServerError {

    /**
     * Killed connection or query, server shutting down, server gone away, lost connection (also with a system
     * error), aborted connection, network errors.
     */
    private static final Set<Integer> DROPPED =
            Set.of(1927, 1317, 1053, 2006, 2013, 2055, 1152, 1158, 1159, 1160, 1161);
    /** Refused login, unknown database, no privilege: trying again cannot help. */
    private static final Set<Integer> REFUSED = Set.of(1044, 1045, 1049, 1142, 1143);
    /** Where the driver starts appending a cause's stack trace to a message. */
    private static final Pattern NESTED_TRACE = Pattern.compile("\\s*Nested Stack Trace:.*", Pattern.DOTALL);
    /** A line break not after punctuation, where the one-line text needs a full stop. */
    private static final Pattern BARE_BREAK = Pattern.compile("(?<![.:;!?\\s])\\s*\\R\\s*");

    private static final Pattern BREAK = Pattern.compile("\\s*\\R\\s*");

    private ServerError() {}

    /**
     * Whether the connection (or the query with it) was lost rather than refused. The driver does not always
     * say so with a communications error: a connection lost while a streamed result is read is
     * {@code S1000 "Error retrieving record"} with the {@code EOFException} as its cause, so the whole cause
     * chain is looked at.
     */
    static boolean dropped(SQLException error) {
        return !refused(error)
                && anyCause(
                        error,
                        t -> t instanceof SQLRecoverableException
                                || t instanceof SQLTransientException
                                || t instanceof CJCommunicationsException
                                || t instanceof EOFException
                                || t instanceof SocketException
                                || t instanceof SocketTimeoutException
                                || t instanceof SQLException sql
                                        && (state(sql, "08") || DROPPED.contains(sql.getErrorCode())));
    }

    /** Whether the server refused the login, the database or a privilege. */
    static boolean refused(SQLException error) {
        return anyCause(
                error,
                t -> t instanceof SQLException sql && (REFUSED.contains(sql.getErrorCode()) || state(sql, "28")));
    }

    /** Whether the server (or something on the way) accepted the connection, or did not, and then never answered in time. */
    static boolean unanswered(SQLException error) {
        return anyCause(error, t -> t instanceof SocketTimeoutException);
    }

    /** Whether {@code error} or any of its causes is {@code what}. */
    private static boolean anyCause(Throwable error, Predicate<Throwable> what) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (what.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean state(SQLException error, String sqlStateClass) {
        return error.getSQLState() != null && error.getSQLState().startsWith(sqlStateClass);
    }

    /**
     * The message in one line, with the server's own reason when a pool wrapped it ("Connection is not
     * available ..."). The driver's messages run over several lines and may carry a cause's stack trace.
     */
    static String text(SQLException error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = oneLine(error.getMessage());
        String reason = root == error ? null : oneLine(root.getMessage());
        return reason == null || reason.isEmpty() || message.contains(reason) ? message : message + ": " + reason;
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String withoutTrace = NESTED_TRACE.matcher(text.strip()).replaceFirst("");
        return BREAK.matcher(BARE_BREAK.matcher(withoutTrace).replaceAll(". ")).replaceAll(" ");
    }
}
