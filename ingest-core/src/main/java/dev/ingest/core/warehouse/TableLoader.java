package dev.ingest.core.warehouse;

import dev.ingest.core.spi.Column;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The idempotent upsert: a batch goes into a staging table, then one UPDATE changes the rows whose
 * values differ and one INSERT adds the new keys. Rows already as given are not touched, so a re-run
 * writes nothing and the three counts are exact on every warehouse.
 */
final class TableLoader {

    static final String STAGE = "ingest_stage";
    /** Below this many rows a plain batched INSERT beats setting up COPY or an appender. */
    static final int BULK_THRESHOLD = 100;

    private final StageWriter bulk;
    private final StageWriter small;

    TableLoader(WarehouseDialect dialect) {
        this.bulk = dialect.bulkStageWriter();
        this.small = new InsertStageWriter(dialect);
    }

    /**
     * Upserts rows whose keys are distinct, in the caller's transaction.
     *
     * @param syncedAt   the {@code _synced_at} of new and changed rows
     * @param runId      the {@code _run_id} of new and changed rows
     * @param recordSeen whether to add the keys to the table's seen keys, in a full sync that detects deletions
     */
    UpsertCounts upsert(Connection connection, TableRef table, List<StagedRow> rows, Instant syncedAt, String runId,
                        boolean recordSeen) throws SQLException {
        if (rows.isEmpty()) {
            return UpsertCounts.NONE;
        }
        List<String> data = new ArrayList<>();
        for (Column column : table.columns()) {
            data.add(Sql.quote(column.name()));
        }
        data.add("\"_raw\"");
        data.add("\"_deleted_at\"");
        String dataList = String.join(", ", data);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + STAGE);
            statement.execute("CREATE TEMP TABLE " + STAGE + " AS SELECT " + dataList + " FROM " + table.qualified() + " LIMIT 0");
        }
        (rows.size() < BULK_THRESHOLD ? small : bulk).write(connection, STAGE, table.columns(), rows);

        long updated;
        try (PreparedStatement update = connection.prepareStatement(updateSql(table, data))) {
            update.setTimestamp(1, Timestamp.from(syncedAt));
            update.setString(2, runId);
            updated = update.executeUpdate();
        }
        long created;
        try (PreparedStatement insert = connection.prepareStatement(insertSql(table, dataList))) {
            insert.setTimestamp(1, Timestamp.from(syncedAt));
            insert.setString(2, runId);
            created = insert.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            if (recordSeen) {
                statement.execute("INSERT INTO " + table.qualifiedSeen() + " SELECT " + table.keyList() + " FROM " + STAGE);
            }
            statement.execute("DROP TABLE " + STAGE);
        }
        return new UpsertCounts(created, updated, rows.size() - created - updated);
    }


    /** Marks live rows whose keys the full sync did not see, then forgets the seen keys; returns how many were marked. */
    long markUnseenDeleted(Connection connection, TableRef table, Instant now, String runId) throws SQLException {
        long marked;
        try (PreparedStatement mark = connection.prepareStatement("UPDATE " + table.qualified() + " AS t SET \"_deleted_at\" = ?, "
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

    private static String updateSql(TableRef table, List<String> data) {
        StringBuilder set = new StringBuilder();
        StringBuilder target = new StringBuilder();
        StringBuilder staged = new StringBuilder();
        List<String> keys = table.primaryKey().stream().map(Sql::quote).toList();
        for (String column : data) {
            // Setting a key column, even to itself, makes DuckDB rewrite the UPDATE as a delete and an insert that trips the key.
            if (!keys.contains(column)) {
                set.append(column).append(" = s.").append(column).append(", ");
            }
            target.append(target.isEmpty() ? "" : ", ").append("t.").append(column);
            staged.append(staged.isEmpty() ? "" : ", ").append("s.").append(column);
        }
        return "UPDATE " + table.qualified() + " AS t SET " + set + "\"_synced_at\" = ?, \"_run_id\" = ?"
                + " FROM " + STAGE + " AS s WHERE " + table.keyMatch()
                + " AND (" + target + ") IS DISTINCT FROM (" + staged + ")";
    }

    private static String insertSql(TableRef table, String dataList) {
        StringBuilder select = new StringBuilder();
        for (String column : dataList.split(", ")) {
            select.append("s.").append(column).append(", ");
        }
        return "INSERT INTO " + table.qualified() + " (" + dataList + ", \"_synced_at\", \"_run_id\") SELECT " + select
                + "?, ? FROM " + STAGE + " AS s WHERE NOT EXISTS (SELECT 1 FROM " + table.qualified() + " AS t WHERE " + table.keyMatch() + ")";
    }
}
