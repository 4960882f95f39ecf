package dev.ingest.core.warehouse;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which value of a staged row goes into each column written, in order: the stream's values, its
 * {@code _raw} JSON and {@code _deleted_at}, and for rows written straight into a stream's table the
 * batch's {@code _synced_at} and {@code _run_id}.
 */
final class RowLayout {

    private final List<String> columns = new ArrayList<>();
    /** Each column's type as the stream gives its values; null for a column only ever written empty. */
    private final List<ColumnType> types = new ArrayList<>();
    private final List<String> physicalTypes = new ArrayList<>();
    /**
     * Where each column's value comes from: the index of a stream value (0 and up), {@link #RAW},
     * {@link #DELETED_AT}, or {@link #CONSTANT} for the same value in every row. Codes rather than
     * functions, so the loader's per-value call is a plain array read, not a call through a lambda.
     */
    private int[] sources = new int[0];
    private Object[] constants = new Object[0];
    private boolean[] jsonb = new boolean[0];
    private static final int RAW = -1;
    private static final int DELETED_AT = -2;
    private static final int CONSTANT = -3;

    private RowLayout() {
    }

    /** The staging table's columns, typed as in {@code table}: the stream's, then {@code _raw} and {@code _deleted_at}. */
    static RowLayout staging(TableRef table) {
        Map<String, String> physical = new HashMap<>();
        for (PhysicalColumn column : table.physicalColumns()) {
            physical.put(column.name(), column.type());
        }
        RowLayout layout = new RowLayout();
        List<Column> streamColumns = table.columns();
        for (int i = 0; i < streamColumns.size(); i++) {
            Column column = streamColumns.get(i);
            layout.add(column.name(), column.type(), physical.get(column.name()), i, null);
        }
        layout.add("_raw", ColumnType.TEXT, physical.get("_raw"), RAW, null);
        layout.add("_deleted_at", ColumnType.TIMESTAMP, physical.get("_deleted_at"), DELETED_AT, null);
        return layout;
    }

    /** The key columns, in the order of the table of keys a deletion-detecting full sync has seen. */
    static RowLayout keys(TableRef table) {
        RowLayout staged = staging(table);
        RowLayout layout = new RowLayout();
        for (String key : table.primaryKey()) {
            layout.copy(staged, staged.columns.indexOf(key));
        }
        return layout;
    }

    /** Every column of the stream's table in the table's own order, as an appender needs them. */
    static RowLayout table(TableRef table, Instant syncedAt, String runId) {
        RowLayout staged = staging(table);
        RowLayout layout = new RowLayout();
        for (PhysicalColumn column : table.physicalColumns()) {
            int index = staged.columns.indexOf(column.name());
            if (index >= 0) {
                layout.copy(staged, index);
            } else if (column.name().equals("_synced_at")) {
                layout.add(column.name(), ColumnType.TIMESTAMP, column.type(), CONSTANT, syncedAt);
            } else if (column.name().equals("_run_id")) {
                layout.add(column.name(), ColumnType.TEXT, column.type(), CONSTANT, runId);
            } else {
                // a column the stream no longer declares: kept in the table, empty in new rows
                layout.add(column.name(), null, column.type(), CONSTANT, null);
            }
        }
        return layout;
    }

    private void add(String column, ColumnType type, String physicalType, int source, Object constant) {
        int index = columns.size();
        columns.add(column);
        types.add(type);
        physicalTypes.add(physicalType);
        sources = Arrays.copyOf(sources, index + 1);
        sources[index] = source;
        constants = Arrays.copyOf(constants, index + 1);
        constants[index] = constant;
        jsonb = Arrays.copyOf(jsonb, index + 1);
        jsonb[index] = "jsonb".equals(physicalType);
    }

    private void copy(RowLayout from, int index) {
        add(from.columns.get(index), from.types.get(index), from.physicalTypes.get(index), from.sources[index], from.constants[index]);
    }

    int size() {
        return columns.size();
    }

    List<String> columns() {
        return columns;
    }

    /** The type of the column's values, or null when the column is only ever written empty. */
    ColumnType type(int index) {
        return types.get(index);
    }

    /** The warehouse's name of the column's type, lower case; null if the table did not have the column when prepared. */
    String physicalType(int index) {
        return physicalTypes.get(index);
    }

    /** Whether the column is PostgreSQL {@code jsonb}, whose binary form carries a version byte. */
    boolean isJsonb(int index) {
        return jsonb[index];
    }

    Object value(StagedRow row, int index) {
        int source = sources[index];
        return switch (source) {
            case RAW -> row.raw();
            case DELETED_AT -> row.deletedAt();
            case CONSTANT -> constants[index];
            default -> row.values()[source];
        };
    }

    String quotedColumnList() {
        return String.join(", ", columns.stream().map(Sql::quote).toList());
    }
}
