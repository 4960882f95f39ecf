package dev.ingest.core.internal.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The merge for warehouses without a way to tell inserts from updates in one statement (DuckDB): an
 * UPDATE of the rows that differ, then an INSERT of the keys not yet present, each counting its rows. Staged rows meet
 * the table's by an outer join built on the batch, in the look-up and the insert alike: DuckDB plans a correlated
 * subquery or {@code NOT EXISTS} as a hash join built on the whole table for every batch (a full re-sync quadratic in
 * the table's size), where the join's key range spares the table scan most row groups (a million-row table: 160 ms a
 * batch against 7 ms).
 */
final class UpdateThenInsertMerge implements MergeStrategy {

    @Override
    public String changedHashes(TableRef table, String stage) {
        return "SELECT s." + Sql.quote(TableSchema.HASH) + " FROM " + stagedJoinedToTable(table, stage) + " WHERE "
                + MergeStrategy.changed("s", "t");
    }

    /** The staged rows ({@code s}), each with its table row ({@code t}) or none. */
    private static String stagedJoinedToTable(TableRef table, String stage) {
        return stage + " AS s LEFT JOIN " + table.qualified() + " AS t ON " + table.keyMatch();
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
        StringBuilder set = new StringBuilder();
        for (String column : staged.columns()) {
            // Setting a key column, even to itself, makes DuckDB rewrite the UPDATE as a delete and an insert that
            // trips the key.
            if (!table.primaryKey().contains(column)) {
                set.append(Sql.quote(column))
                        .append(" = s.")
                        .append(Sql.quote(column))
                        .append(", ");
            }
        }
        String update = "UPDATE " + table.qualified() + " AS t SET " + set + "\"_synced_at\" = ?, \"_run_id\" = "
                + TableSchema.RUN_ID_VALUE + " FROM " + stage + " AS s WHERE " + table.keyMatch() + " AND "
                + MergeStrategy.changed("t", "s");
        String columns = staged.quotedColumnList();
        String insert = "INSERT INTO " + table.qualified() + " (" + columns + ", \"_synced_at\", \"_run_id\") SELECT "
                + MergeStrategy.prefixed(columns, "s") + ", ?, " + TableSchema.RUN_ID_VALUE + " FROM "
                + stagedJoinedToTable(table, stage) + " WHERE t."
                + Sql.quote(table.primaryKey().get(0)) + " IS NULL";
        long updated = execute(connection, update, syncedAt, runId);
        long created = execute(connection, insert, syncedAt, runId);
        return new UpsertCounts(created, updated, stagedRows - created - updated);
    }

    private static long execute(Connection connection, String sql, Instant syncedAt, String runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(syncedAt));
            statement.setString(2, runId);
            return statement.executeUpdate();
        }
    }
}
