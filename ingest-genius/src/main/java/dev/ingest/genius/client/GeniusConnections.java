package dev.ingest.genius.client;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The client's read-only sessions: a small pool, started once a first connection opened straight through the
 * driver has been let in. A pool asked for a connection it cannot open waits out its whole timeout while it
 * tries again in the background, so a wrong password cost every stream the connect timeout (14 streams, 2 min 21 s
 * for {@code ingest check genius}) and printed the pool's stack traces; a refused login is now known from that
 * first attempt, and given again at once to every stream after it, as trying again cannot help.
 */
final class GeniusConnections implements AutoCloseable {

    private final ConnectionSettings settings;
    private HikariDataSource pool;
    private SQLException refused;

    GeniusConnections(ConnectionSettings settings) {
        this.settings = settings;
    }

    Connection get() throws SQLException {
        return pool().getConnection();
    }

    private synchronized HikariDataSource pool() throws SQLException {
        if (pool != null) {
            return pool;
        }
        if (refused != null) {
            throw refused;
        }
        try (Connection first = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            // let in: the pool may start
        } catch (SQLException e) {
            if (ServerError.refused(e)) {
                refused = e;
            }
            throw e;
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("genius");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setReadOnly(true);
        config.setAutoCommit(true);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Math.max(250, settings.connectTimeout().toMillis()));
        config.setConnectionInitSql(settings.sessionSetup());
        // Should the server go away right after the first connection, the error surfaces from get(), not from here.
        config.setInitializationFailTimeout(-1);
        pool = new HikariDataSource(config);
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
