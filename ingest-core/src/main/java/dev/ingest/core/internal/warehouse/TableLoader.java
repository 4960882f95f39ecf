package dev.ingest.core.internal.warehouse;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes batches into a stream's table. The idempotent upsert stages a batch, then merges it; a table
 * that was empty when its sync started takes the direct path, rows written straight into it, until
 * a key turns out to exist already.
 */
final class TableLoader {

    static final String STAGE = "ingest_stage";
    /** Below this many rows a plain batched INSERT beats setting up COPY or an appender. */
    static final int BULK_THRESHOLD = 100;

    private final RowWriter bulk;
    private final RowWriter small;
    private final MergeStrategy merge;

    TableLoader(WarehouseDialect dialect) {
        this.bulk = dialect.bulkWriter();
        this.small = new InsertWriter(dialect);
        this.merge = dialect.merge();
    }

    /**
     * Upserts rows whose keys are distinct, in the caller's transaction.
     *
     * @param syncedAt   the {@code _synced_at} of new and changed rows
     * @param runId      the {@code _run_id} of new and changed rows
     * @param recordSeen whether to add the keys to the table's seen keys, in a full sync that detects deletions
     */
    UpsertCounts upsert(
            Connection connection,
            TableRef table,
            List<StagedRow> rows,
            Instant syncedAt,
            String runId,
            boolean recordSeen)
            throws SQLException {
        if (rows.isEmpty()) {
            return UpsertCounts.NONE;
        }
        RowLayout staged = RowLayout.staging(table);
        String stage = stage(table, staged);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " AS SELECT " + staged.quotedColumnList()
                    + " FROM " + table.qualified() + " LIMIT 0");
        }
        writer(rows).write(connection, null, stage, staged, rows);
        UpsertCounts counts = merge.merge(connection, table, stage, staged, rows.size(), syncedAt, runId);
        try (Statement statement = connection.createStatement()) {
            if (recordSeen) {
                statement.execute(
                        "INSERT INTO " + table.qualifiedSeen() + " SELECT " + table.keyList() + " FROM " + stage);
            }
            statement.execute("TRUNCATE " + stage);
        }
        return counts;
    }

    /**
     * The session's staging table for a table as it is now: kept from batch to batch and emptied after each, so
     * a batch costs no DDL. Named for the table and its columns' names and types, so a table that gained or
     * changed a column gets a staging table of its own shape.
     */
    private static String stage(TableRef table, RowLayout staged) {
        String shape = table.qualified() + "|" + table.physicalColumns() + "|" + staged.quotedColumnList();
        return STAGE + "_"
                + UUID.nameUUIDFromBytes(shape.getBytes(StandardCharsets.UTF_8))
                        .toString()
                        .replace("-", "");
    }

    /**
     * Writes rows with distinct keys, none of them in the table yet, straight into it: what a first load
     * costs with a plain COPY or appender. Fails with the warehouse's key violation if a key exists.
     */
    UpsertCounts insertNew(
            Connection connection,
            TableRef table,
            List<StagedRow> rows,
            Instant syncedAt,
            String runId,
            boolean recordSeen)
            throws SQLException {
        writer(rows).write(connection, table.schema(), table.table(), RowLayout.table(table, syncedAt, runId), rows);
        if (recordSeen) {
            writer(rows).write(connection, table.schema(), table.seenTable(), RowLayout.keys(table), rows);
        }
        return new UpsertCounts(rows.size(), 0, 0);
    }

    boolean isEmpty(Connection connection, String qualifiedTable) throws SQLException {
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT 1 FROM " + qualifiedTable + " LIMIT 1")) {
            return !result.next();
        }
    }

    private RowWriter writer(List<StagedRow> rows) {
        return rows.size() < BULK_THRESHOLD ? small : bulk;
    }

    /** Marks live rows whose keys the full sync did not see, then forgets the seen keys; returns how many were marked. */
    long markUnseenDeleted(Connection connection, TableRef table, Instant now, String runId) throws SQLException {
        long marked;
        try (PreparedStatement mark =
                connection.prepareStatement("UPDATE " + table.qualified() + " AS t SET \"_deleted_at\" = ?, "
                        + "\"_synced_at\" = ?, \"_run_id\" = ? WHERE t.\"_deleted_at\" IS NULL AND NOT EXISTS (SELECT 1 FROM "
                        + table.qualifiedSeen() + " AS s WHERE " + table.keyMatch() + ")")) {
            mark.setTimestamp(1, Timestamp.from(now));
            mark.setTimestamp(2, Timestamp.from(now));
            mark.setString(3, runId);
            marked = mark.executeUpdate();
        }
        forgetSeen(connection, table);
        return marked;
    }

    void forgetSeen(Connection connection, TableRef table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM " + table.qualifiedSeen());
        }
    }
}
