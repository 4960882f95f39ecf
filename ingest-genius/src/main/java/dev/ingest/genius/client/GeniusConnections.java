package dev.ingest.genius.client;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import dev.ingest.core.spi.SourceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The client's read-only sessions: a small pool, started once a first connection opened straight through the
 * driver has been let in. A pool asked for a connection it cannot open waits out its whole timeout while it
 * tries again in the background, so a wrong password cost every stream the connect timeout (14 streams, 2 min 21 s
 * for {@code ingest check genius}) and printed the pool's stack traces; a refused login, or a server that
 * accepts the connection and never answers, is now known from that first attempt, and given again at once to
 * every stream after it, as trying again cannot help.
 * <p>
 * Every connection, the first one too, gives up on the handshake after the connect timeout (the driver's
 * {@code socketTimeout}); a session handed out reads with {@link ConnectionSettings#readTimeout()} instead,
 * which the pool undoes when the session comes back.
 */
final class GeniusConnections implements AutoCloseable {

    /** Something done on one session. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Keeps the pool from evicting a session on an error itself: it logs a warning with the driver's whole
     * stack trace when it does, for every killed connection. {@link #discard} evicts quietly instead.
     */
    private static final SQLExceptionOverride LEAVE_EVICTION_TO_THE_CLIENT = new SQLExceptionOverride() {
        @java.lang.Override // the plain name is SQLExceptionOverride's own enum here
        public SQLExceptionOverride.Override adjudicate(SQLException error) {
            return SQLExceptionOverride.Override.DO_NOT_EVICT;
        }
    };

    private final ConnectionSettings settings;
    private HikariDataSource pool;
    private SQLException refused;
    private SourceException unanswered;

    GeniusConnections(ConnectionSettings settings) {
        this.settings = settings;
    }

    /**
     * Runs {@code work} on a session. A session whose work failed is discarded, not given back: it may be dead,
     * or in the middle of a streamed result.
     */
    <T> T use(Work<T> work) throws SQLException {
        HikariDataSource sessions = pool();
        Connection connection = borrow(sessions);
        T result;
        try {
            connection.setNetworkTimeout(
                    Runnable::run, (int) settings.readTimeout().toMillis());
            result = work.run(connection);
        } catch (SQLException | RuntimeException e) {
            discard(sessions, connection);
            throw e;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // The work is done (a page may have moved its reader on): a session that cannot be given back only goes.
            discard(sessions, connection);
        }
        return result;
    }

    private Connection borrow(HikariDataSource sessions) throws SQLException {
        try {
            return sessions.getConnection();
        } catch (SQLException e) {
            throw ServerError.unanswered(e) ? new SQLTransientConnectionException(noAnswer(), e.getSQLState(), e) : e;
        }
    }

    /** Closed first, as the pool cannot reset a session it no longer holds; then taken out of the pool. */
    private static void discard(HikariDataSource sessions, Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // A dead session cannot be reset: it is evicted all the same.
        }
        sessions.evictConnection(connection);
    }

    private synchronized HikariDataSource pool() throws SQLException {
        if (pool != null) {
            return pool;
        }
        if (refused != null) {
            throw refused;
        }
        if (unanswered != null) {
            throw unanswered;
        }
        try (Connection first = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            // let in: the pool may start
        } catch (SQLException e) {
            if (ServerError.refused(e)) {
                refused = e;
            } else if (ServerError.unanswered(e)) {
                unanswered = new SourceException(noAnswer(), false, e);
                throw unanswered;
            }
            throw e;
        }
        long connectMillis = settings.connectTimeout().toMillis();
        HikariConfig config = new HikariConfig();
        config.setPoolName("genius");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setReadOnly(true);
        config.setAutoCommit(true);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        // A new connection takes at most the connect timeout to connect and as long again for the handshake.
        config.setConnectionTimeout(2 * connectMillis);
        config.setValidationTimeout(connectMillis);
        config.setConnectionInitSql(settings.sessionSetup());
        config.setExceptionOverride(LEAVE_EVICTION_TO_THE_CLIENT);
        // Should the server go away right after the first connection, the error surfaces from use(), not from here.
        config.setInitializationFailTimeout(-1);
        pool = new HikariDataSource(config);
        return pool;
    }

    private String noAnswer() {
        return "genius: no answer from " + settings.host() + ":" + settings.port() + " within "
                + settings.connectTimeout().toSeconds() + " s";
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
