package dev.ingest.core.internal.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Applies a staged batch with distinct keys to its table: new keys inserted, changed rows updated,
 * rows already as given left untouched (their {@code _synced_at} and {@code _run_id} too), each counted.
 */
interface MergeStrategy {

    UpsertCounts merge(
            Connection connection,
            TableRef table,
            String stage,
            RowLayout staged,
            long stagedRows,
            Instant syncedAt,
            String runId)
            throws SQLException;

    /** {@code (t.a, t.b) IS DISTINCT FROM (s.a, s.b)} over the staged columns: whether a row really changed. */
    static String changed(RowLayout staged, String target, String source) {
        String columns = staged.quotedColumnList();
        return "(" + prefixed(columns, target) + ") IS DISTINCT FROM (" + prefixed(columns, source) + ")";
    }

    static String prefixed(String columnList, String alias) {
        return alias + "." + columnList.replace(", ", ", " + alias + ".");
    }
}
