package dev.ingest.genius;

import dev.ingest.genius.testing.GeniusDatabase;
import java.nio.file.Path;

/**
 * A table of rows about 4 kB wide, read through a view that sleeps 2 ms per row. The server sends a page's rows
 * as its network buffer fills, every few rows, so a connection killed once the query has run a while is lost
 * while the driver streams the page: it reports that as {@code S1000} with an {@code EOFException} cause, not as
 * a communications error.
 */
final class WideTable {

    static final String STREAM = "wide_leads";
    static final String TABLE = "wide_lead";
    static final String VIEW = "slow_wide_lead";

    private WideTable() {}

    /** Creates the table, each row with text of its own, and its slow view. */
    static void fill(GeniusDatabase database, int rows) {
        database.execute(
                "CREATE TABLE wide_lead (id BIGINT UNSIGNED PRIMARY KEY, notes TEXT NOT NULL);"
                        + " INSERT INTO wide_lead SELECT seq, CONCAT(seq, ':', REPEAT(MD5(seq), 125)) FROM seq_1_to_"
                        + rows + ";"
                        + " CREATE ALGORITHM=MERGE VIEW slow_wide_lead AS SELECT id, IF(SLEEP(0.002) = 0, notes, NULL) AS notes FROM wide_lead");
    }

    static Path overrideFile() {
        return TablesFile.of("""
                streams:
                  - name: wide_leads
                    table: slow_wide_lead
                    key: [id]
                    columns: {id: integer, notes: text}
                """);
    }
}
