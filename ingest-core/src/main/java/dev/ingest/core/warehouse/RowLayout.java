package dev.ingest.core.warehouse;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which value of a staged row goes into each column written, in order: the stream's values, its
 * {@code _raw} JSON and {@code _deleted_at}, and for rows written straight into a stream's table the
 * batch's {@code _synced_at} and {@code _run_id}.
 */
final class RowLayout {

    private final List<String> columns = new ArrayList<>();
    private final List<ColumnType> types = new ArrayList<>();
    private final List<Function<StagedRow, Object>> values = new ArrayList<>();

    private RowLayout() {
    }

    /** The staging table's columns: the stream's, then {@code _raw} and {@code _deleted_at}. */
    static RowLayout staging(List<Column> streamColumns) {
        RowLayout layout = new RowLayout();
        for (int i = 0; i < streamColumns.size(); i++) {
            int index = i;
            layout.add(streamColumns.get(i).name(), streamColumns.get(i).type(), row -> row.values()[index]);
        }
        layout.add("_raw", ColumnType.TEXT, StagedRow::raw);
        layout.add("_deleted_at", ColumnType.TIMESTAMP, StagedRow::deletedAt);
        return layout;
    }

    /** The key columns, in the order of the table of keys a deletion-detecting full sync has seen. */
    static RowLayout keys(TableRef table) {
        RowLayout staged = staging(table.columns());
        RowLayout layout = new RowLayout();
        for (String key : table.primaryKey()) {
            int index = staged.columns.indexOf(key);
            layout.add(key, staged.types.get(index), staged.values.get(index));
        }
        return layout;
    }

    /** Every column of the stream's table in the table's own order, as an appender needs them. */
    static RowLayout table(TableRef table, Instant syncedAt, String runId) {
        RowLayout staged = staging(table.columns());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < staged.columns.size(); i++) {
            position.put(staged.columns.get(i), i);
        }
        RowLayout layout = new RowLayout();
        for (String column : table.physicalColumns()) {
            Integer index = position.get(column);
            if (index != null) {
                layout.add(column, staged.types.get(index), staged.values.get(index));
            } else if (column.equals("_synced_at")) {
                layout.add(column, ColumnType.TIMESTAMP, row -> syncedAt);
            } else if (column.equals("_run_id")) {
                layout.add(column, ColumnType.TEXT, row -> runId);
            } else {
                // a column the stream no longer declares: kept in the table, empty in new rows
                layout.add(column, ColumnType.TEXT, row -> null);
            }
        }
        return layout;
    }

    private void add(String column, ColumnType type, Function<StagedRow, Object> value) {
        columns.add(column);
        types.add(type);
        values.add(value);
    }

    int size() {
        return columns.size();
    }

    List<String> columns() {
        return columns;
    }

    ColumnType type(int index) {
        return types.get(index);
    }

    Object value(StagedRow row, int index) {
        return values.get(index).apply(row);
    }

    String quotedColumnList() {
        return String.join(", ", columns.stream().map(Sql::quote).toList());
    }
}
