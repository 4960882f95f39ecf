package dev.ingest.genius.testing;

import dev.ingest.core.spi.Settings;
import dev.ingest.genius.GeniusConnector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh Genius database with a random name on the MariaDB service at 127.0.0.1:3306 (root, no
 * password), built from {@code genius-schema.sql} and optionally {@code genius-seed.sql}; dropped on close.
 */
public final class GeniusDatabase implements AutoCloseable {

    public static final String HOST = System.getProperty("ingest.test.mariadb.host", "127.0.0.1");
    public static final String PORT = System.getProperty("ingest.test.mariadb.port", "3306");
    public static final String USER = System.getProperty("ingest.test.mariadb.user", "root");

    private final String name;
    private final Connection connection;

    private GeniusDatabase(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
    }

    /** An empty schema: the Genius tables without rows. */
    public static GeniusDatabase createEmpty() {
        String name = "genius_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        return create(name, true);
    }

    /**
     * A database of the given name, made and filled with the schema unless {@code fresh} is false and it exists;
     * the benchmark keeps its million rows between runs this way.
     */
    public static GeniusDatabase create(String name, boolean fresh) {
        try {
            Connection connection = DriverManager.getConnection(
                    "jdbc:mysql://" + HOST + ":" + PORT + "/?allowMultiQueries=true", USER, null);
            try (Statement statement = connection.createStatement()) {
                if (fresh) {
                    statement.execute("DROP DATABASE IF EXISTS " + name);
                }
                boolean exists;
                try (ResultSet rs = statement.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + name + "'")) {
                    rs.next();
                    exists = rs.getInt(1) > 0;
                }
                if (!exists) {
                    statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
                }
                statement.execute("USE " + name);
                if (!exists) {
                    statement.execute(resource("/genius-schema.sql"));
                }
            }
            return new GeniusDatabase(name, connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + HOST + ":" + PORT, e);
        }
    }

    /** Adds the small site of {@code genius-seed.sql}. */
    public GeniusDatabase seed() {
        execute(resource("/genius-seed.sql"));
        return this;
    }

    public String name() {
        return name;
    }

    /** Runs statements (several separated by semicolons are fine) in a lax sql_mode that allows zero dates. */
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'; " + sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + ": " + sql, e);
        }
    }

    public long count(String sql) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + ": " + sql, e);
        }
    }

    /** The first column of every row of a query, as text. */
    public List<String> strings(String sql) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + ": " + sql, e);
        }
    }

    /** {@code CHECKSUM TABLE}'s exact checksum of the rows of {@code table}, which any write changes. */
    public long checksum(String table) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("CHECKSUM TABLE `" + name + "`.`" + table + "` EXTENDED")) {
            rs.next();
            return rs.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + ": checksum of " + table, e);
        }
    }

    /** A server-wide counter of {@code SHOW GLOBAL STATUS}, such as {@code Sort_priority_queue_sorts}. */
    public long globalStatus(String variable) {
        return count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = '"
                + variable.toUpperCase() + "'");
    }

    /**
     * Kills every connection to this database running a query that contains the text and has run at least so
     * long, except this helper's own, as a failing network would.
     */
    public int killOtherConnections(String runningQueryContaining, long runningForMillis) {
        int killed = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = '"
                        + name + "' AND ID <> CONNECTION_ID() AND INFO LIKE '%" + runningQueryContaining
                        + "%' AND TIME_MS >= " + runningForMillis)) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            for (long id : ids) {
                try (Statement kill = connection.createStatement()) {
                    kill.execute("KILL CONNECTION " + id);
                    killed++;
                } catch (SQLException e) {
                    // The query may have ended between the look-up and the kill.
                }
            }
            return killed;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The connector's settings for this database, plus any extra short-named ones. */
    public Settings settings(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of(
                "DB_HOST",
                HOST,
                "DB_PORT",
                PORT,
                "DB_NAME",
                name,
                "DB_USER",
                USER,
                "DB_SSL_MODE",
                "DISABLED",
                "RETRIES",
                "3"));
        values.putAll(extra);
        GeniusConnector connector = new GeniusConnector();
        return Settings.fromShortNames(connector.name(), connector.settings(), values);
    }

    /** Closes without dropping, for the benchmark's kept database. */
    public void release() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name);
        release();
    }

    private static String resource(String path) {
        try (InputStream in = GeniusDatabase.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
