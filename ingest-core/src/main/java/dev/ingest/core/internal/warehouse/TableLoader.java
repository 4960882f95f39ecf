package dev.ingest.core.internal.warehouse;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
     * @param recordSeen    whether to add the keys to the table's seen keys, in a full sync that detects deletions
     * @param mostlyChanged whether to merge the rows whole at once rather than look up their hashes first
     */
    UpsertCounts upsert(
            Connection connection,
            TableRef table,
            List<StagedRow> rows,
            Instant syncedAt,
            String runId,
            boolean recordSeen,
            boolean mostlyChanged)
            throws SQLException {
        if (rows.isEmpty()) {
            return UpsertCounts.NONE;
        }
        if (mostlyChanged && recordSeen) {
            recordSeen(connection, table, rows);
        }
        List<StagedRow> changed = mostlyChanged ? rows : newOrChanged(connection, table, rows, recordSeen);
        if (changed.isEmpty()) {
            return new UpsertCounts(0, 0, rows.size());
        }
        RowLayout staged = RowLayout.staging(table);
        String stage = emptyStage(connection, table, staged);
        writer(changed).write(connection, null, stage, staged, changed);
        UpsertCounts merged = merge.merge(connection, table, stage, staged, changed.size(), syncedAt, runId);
        truncate(connection, stage);
        return new UpsertCounts(merged.created(), merged.updated(), rows.size() - merged.created() - merged.updated());
    }

    /**
     * The rows whose key the table lacks or holds with another hash, found from their keys and hashes alone: the rows
     * as given are neither staged whole nor touched in the table, so an unchanged row costs a key lookup. Rows of a hash
     * that matches a changed one come along too; the merge compares them again.
     */
    private List<StagedRow> newOrChanged(
            Connection connection, TableRef table, List<StagedRow> rows, boolean recordSeen) throws SQLException {
        RowLayout probe = RowLayout.probe(table);
        String stage = emptyStage(connection, table, probe);
        writer(rows).write(connection, null, stage, probe, rows);
        Set<Long> hashes = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet changed = statement.executeQuery(merge.changedHashes(table, stage))) {
            while (changed.next()) {
                hashes.add(changed.getLong(1));
            }
        }
        if (recordSeen) {
            recordSeen(connection, table, rows);
        }
        truncate(connection, stage);
        if (hashes.isEmpty()) {
            return List.of();
        }
        List<StagedRow> changed = new ArrayList<>(hashes.size());
        for (StagedRow row : rows) {
            if (hashes.contains(row.hash())) {
                changed.add(row);
            }
        }
        return changed;
    }

    /** The session's staging table of {@code layout}'s columns, created the first time. */
    private static String emptyStage(Connection connection, TableRef table, RowLayout layout) throws SQLException {
        String stage = stage(table, layout);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " AS SELECT " + layout.quotedColumnList()
                    + " FROM " + table.qualified() + " LIMIT 0");
        }
        return stage;
    }

    private static void truncate(Connection connection, String stage) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + stage);
        }
    }

    /**
     * The name of the session's staging table of some of a table's columns as the table is now: kept from batch to
     * batch and emptied after each, so a batch costs no DDL. Named for the table, the columns staged and the table's
     * columns' names and types, so a table that gained or changed a column gets a staging table of its own shape.
     */
    private static String stage(TableRef table, RowLayout layout) {
        // The columns written out here rather than by the column record's generated toString, which links its method
        // handles at its first call: 28-60 ms of a fresh process's first merge (a cron-run incremental's every run).
        StringBuilder shape = new StringBuilder(table.qualified()).append('|');
        for (PhysicalColumn column : table.physicalColumns()) {
            shape.append(column.name()).append(' ').append(column.type()).append(',');
        }
        shape.append('|').append(layout.quotedColumnList());
        return STAGE + "_"
                + UUID.nameUUIDFromBytes(shape.toString().getBytes(StandardCharsets.UTF_8))
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
            recordSeen(connection, table, rows);
        }
        return new UpsertCounts(rows.size(), 0, 0);
    }

    /**
     * Adds the rows' keys to the keys the full sync has seen, sent by the bulk path: PostgreSQL logs a COPY's rows a
     * page at a time, a quarter of the log an {@code INSERT ... SELECT} of the same keys writes.
     */
    private void recordSeen(Connection connection, TableRef table, List<StagedRow> rows) throws SQLException {
        writer(rows).write(connection, table.schema(), table.seenTable(), RowLayout.keys(table), rows);
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
                        // No hash: the row counts as changed when its source gives it again, as it was, undeleted.
                        + "\"_synced_at\" = ?, \"_run_id\" = " + TableSchema.RUN_ID_VALUE + ", "
                        + Sql.quote(TableSchema.HASH)
                        + " = NULL WHERE t.\"_deleted_at\" IS NULL AND NOT EXISTS (SELECT 1 FROM "
                        + table.qualifiedSeen() + " AS s WHERE " + table.keyMatch() + ")")) {
            mark.setTimestamp(1, Timestamp.from(now));
            mark.setTimestamp(2, Timestamp.from(now));
            mark.setString(3, runId);
            marked = mark.executeUpdate();
        }
        forgetSeen(connection, table);
        return marked;
    }

    /** Empties the seen keys. A TRUNCATE, which PostgreSQL logs as one record, not a DELETE that logs every key. */
    void forgetSeen(Connection connection, TableRef table) throws SQLException {
        truncate(connection, table.qualifiedSeen());
    }
}
