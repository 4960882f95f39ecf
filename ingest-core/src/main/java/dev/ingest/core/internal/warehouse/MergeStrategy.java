package dev.ingest.core.internal.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Applies a staged batch with distinct keys to its table: new keys inserted, changed rows updated,
 * rows already as given left untouched (their {@code _synced_at} and {@code _run_id} too), each counted.
 * A row is as given when its {@code _hash} is; a row written before the column existed has none and is
 * updated once.
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

    /**
     * A query of the hashes of the staged rows in {@code stage} (aliased {@code s}) that {@code table} (aliased
     * {@code t}) lacks or holds with another hash: the look-up that tells a batch's unchanged rows apart before any is
     * merged, planned as the warehouse runs it best.
     */
    String changedHashes(TableRef table, String stage);

    /** Whether a row really changed: its hash differs from the one the table holds for it, or the table holds none. */
    static String changed(String target, String source) {
        String hash = Sql.quote(TableSchema.HASH);
        return target + "." + hash + " IS DISTINCT FROM " + source + "." + hash;
    }

    static String prefixed(String columnList, String alias) {
        return alias + "." + columnList.replace(", ", ", " + alias + ".");
    }
}
