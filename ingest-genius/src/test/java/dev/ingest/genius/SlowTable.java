package dev.ingest.genius;

import dev.ingest.genius.testing.GeniusDatabase;
import java.nio.file.Path;

/**
 * A table read through a view that sleeps a few milliseconds per row, so a test can kill the connection
 * while rows are streaming. The stream is defined by a site override file, as a real site would add one.
 */
final class SlowTable {

    static final String STREAM = "slow_leads";
    static final String VIEW = "slow_lead";

    private SlowTable() {}

    /** Creates the table and its slow view with {@code rows} rows, all modified at one instant. */
    static void fill(GeniusDatabase database, int rows) {
        database.execute(
                "CREATE TABLE lead (id BIGINT UNSIGNED PRIMARY KEY, name VARCHAR(40) NOT NULL,"
                        + " updated_at DATETIME(6) NOT NULL, KEY ix_lead_updated (updated_at));"
                        + " CREATE ALGORITHM=MERGE VIEW slow_lead AS SELECT id, IF(SLEEP(0.004) = 0, name, NULL) AS name, updated_at FROM lead");
        insert(database, 1, rows, "2024-06-01 00:00:00");
    }

    static void insert(GeniusDatabase database, int fromId, int toId, String updatedAt) {
        StringBuilder sql = new StringBuilder("INSERT INTO lead VALUES ");
        for (int id = fromId; id <= toId; id++) {
            sql.append(id == fromId ? "" : ", ")
                    .append("(")
                    .append(id)
                    .append(", 'Lead ")
                    .append(id)
                    .append("', '")
                    .append(updatedAt)
                    .append("')");
        }
        database.execute(sql.toString());
    }

    static Path overrideFile() {
        return TablesFile.of("""
                streams:
                  - name: slow_leads
                    table: slow_lead
                    key: [id]
                    cursor: updated_at
                    columns: {id: integer, name: text, updated_at: timestamp}
                """);
    }
}
