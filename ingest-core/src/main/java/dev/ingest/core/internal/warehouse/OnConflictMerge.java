package dev.ingest.core.internal.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * PostgreSQL's merge: one INSERT ... ON CONFLICT that probes the key index row by row, updating only
 * rows whose values differ; {@code xmax = 0} in RETURNING tells an inserted row from an updated one.
 */
final class OnConflictMerge implements MergeStrategy {

    /**
     * A scalar subquery, not a join: PostgreSQL runs it as one key look-up per staged row whatever the staging table's
     * statistics say, where a join could be planned as a scan of the whole table.
     */
    @Override
    public String changedHashes(TableRef table, String stage) {
        String hash = Sql.quote(TableSchema.HASH);
        return "SELECT s." + hash + " FROM " + stage + " AS s WHERE s." + hash + " IS DISTINCT FROM (SELECT t." + hash
                + " FROM " + table.qualified() + " AS t WHERE " + table.keyMatch() + ")";
    }

    @Override
    public UpsertCounts merge(
            Connection connection,
            TableRef table,
            String stage,
            RowLayout staged,
            long stagedRows,
            Instant syncedAt,
            String runId)
            throws SQLException {
        String columns = staged.quotedColumnList();
        StringBuilder set = new StringBuilder();
        for (String column : staged.columns()) {
            if (!table.primaryKey().contains(column)) {
                set.append(Sql.quote(column))
                        .append(" = EXCLUDED.")
                        .append(Sql.quote(column))
                        .append(", ");
            }
        }
        String sql = "WITH merged AS (INSERT INTO " + table.qualified() + " AS t (" + columns
                + ", \"_synced_at\", \"_run_id\")"
                + " SELECT " + columns + ", ?, " + TableSchema.RUN_ID_VALUE + " FROM " + stage
                + " ON CONFLICT (" + table.keyList() + ") DO UPDATE SET " + set
                + "\"_synced_at\" = EXCLUDED.\"_synced_at\", \"_run_id\" = EXCLUDED.\"_run_id\""
                + " WHERE " + MergeStrategy.changed("t", "EXCLUDED")
                + " RETURNING (xmax = 0) AS inserted)"
                + " SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged";
        try (PreparedStatement merge = connection.prepareStatement(sql)) {
            merge.setTimestamp(1, Timestamp.from(syncedAt));
            merge.setString(2, runId);
            try (ResultSet counts = merge.executeQuery()) {
                counts.next();
                long created = counts.getLong(1);
                long updated = counts.getLong(2);
                return new UpsertCounts(created, updated, stagedRows - created - updated);
            }
        }
    }
}
