package dev.ingest.genius;

import dev.ingest.genius.testing.GeniusDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A table read through a view that sleeps a few milliseconds per row, so a test can kill the connection
 * while rows are streaming. The stream is defined by a site override file, as a real site would add one.
 */
final class SlowTable {

    static final String STREAM = "slow_leads";
    static final String VIEW = "slow_lead";

    private SlowTable() {
    }

    static void fill(GeniusDatabase database, int rows) {
        StringBuilder sql = new StringBuilder("CREATE TABLE lead (id BIGINT UNSIGNED PRIMARY KEY, name VARCHAR(40) NOT NULL,"
                + " updated_at DATETIME(6) NOT NULL, KEY ix_lead_updated (updated_at));"
                + " CREATE ALGORITHM=MERGE VIEW slow_lead AS SELECT id, IF(SLEEP(0.004) = 0, name, NULL) AS name, updated_at FROM lead;"
                + " INSERT INTO lead VALUES ");
        for (int id = 1; id <= rows; id++) {
            sql.append(id == 1 ? "" : ", ").append("(").append(id).append(", 'Lead ").append(id).append("', '2024-06-01 00:00:00')");
        }
        database.execute(sql.toString());
    }

    static Path overrideFile() {
        try {
            Path file = Files.createTempFile("genius-tables-", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, """
                    streams:
                      - name: slow_leads
                        table: slow_lead
                        key: [id]
                        cursor: updated_at
                        columns: {id: integer, name: text, updated_at: timestamp}
                    """);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
