package dev.ingest.faults;

import dev.ingest.core.spi.Settings;
import dev.ingest.genius.testing.GeniusDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A Genius database whose {@code prospect} table holds many generated rows, and a way to pause its readers. */
final class ProspectSource implements AutoCloseable {

    private final GeniusDatabase database;

    private ProspectSource(GeniusDatabase database) {
        this.database = database;
    }

    /** A fresh Genius database with prospects 1..{@code rows}, each modified at its own second. */
    static ProspectSource withProspects(int rows) {
        GeniusDatabase database = GeniusDatabase.createEmpty();
        database.execute(
                "INSERT INTO division (id, name, code, created_at) VALUES (1, 'North', 'NO', '2024-01-01 00:00:00');"
                        + " INSERT INTO prospect (id, division_id, first_name, last_name, company, status, created_at, updated_at)"
                        + " SELECT seq, 1, CONCAT('First', seq), CONCAT('Last', seq), CONCAT('Company ', seq % 97), 'new',"
                        + " '2024-01-01 00:00:00', TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq SECOND FROM seq_1_to_"
                        + rows);
        return new ProspectSource(database);
    }

    /** The Genius connector's settings for this database: reads start at the stored cursor, with no lookback. */
    Settings settings() {
        return database.settings(Map.of("LOOKBACK_SECONDS", "0"));
    }

    Set<Long> prospectIds() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT id FROM prospect")) {
            Set<Long> ids = new TreeSet<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the source's prospect ids", e);
        }
    }

    /**
     * Pauses every reader of {@code prospect} as a long write lock does ({@code LOCK TABLES prospect WRITE}, held
     * from a connection of its own) until the returned handle is closed. Waits for a page being read to end first.
     */
    AutoCloseable pauseProspects() {
        try {
            Connection connection = connect();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION lock_wait_timeout = 20");
                statement.execute("LOCK TABLES prospect WRITE");
            }
            return () -> {
                try (connection;
                        Statement statement = connection.createStatement()) {
                    statement.execute("UNLOCK TABLES");
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock the source's prospect table", e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mysql://" + GeniusDatabase.HOST + ":" + GeniusDatabase.PORT + "/" + database.name(),
                GeniusDatabase.USER,
                null);
    }

    @Override
    public void close() {
        database.close();
    }
}
