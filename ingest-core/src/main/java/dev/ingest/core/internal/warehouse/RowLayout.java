package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which value of a staged row goes into each column written, in order: the stream's values, its
 * {@code _raw} JSON, {@code _deleted_at} and {@code _hash}, and for rows written straight into a stream's table the
 * batch's {@code _synced_at} and {@code _run_id}.
 */
final class RowLayout {

    /**
     * One column written.
     *
     * @param type         the type of its values as the stream gives them; null for a column only ever written empty
     * @param physicalType the warehouse's name of its type, lower case; null if the table lacked it when prepared
     * @param source       where its value comes from: the index of a stream value (0 and up), {@link #RAW},
     *                     {@link #DELETED_AT}, {@link #HASH}, or {@link #CONSTANT} for {@code constant} in every row. A code rather
     *                     than a function, so the loader's per-value call is a field read, not a call through a lambda.
     * @param jsonb        whether it is PostgreSQL {@code jsonb}, whose binary form carries a version byte
     * @param uuid         whether it is a {@code uuid} column written from a {@link UUID} ({@code _run_id} of tables made
     *                     since it is one), whatever its {@code type}
     */
    private record Slot(
            String column,
            ColumnType type,
            String physicalType,
            int source,
            Object constant,
            boolean jsonb,
            boolean uuid) {}

    private static final int RAW = -1;
    private static final int DELETED_AT = -2;
    private static final int CONSTANT = -3;
    private static final int HASH = -4;

    /** An array rather than a list: {@link #value} reads it for every value the loader writes. */
    private Slot[] slots = new Slot[0];

    private RowLayout() {}

    /**
     * The staging table's columns, typed as in {@code table}: the stream's, then {@code _raw}, {@code _deleted_at} and
     * {@code _hash}.
     */
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
        layout.add(TableSchema.HASH, ColumnType.INTEGER, physical.get(TableSchema.HASH), HASH, null);
        return layout;
    }

    /** The key columns and {@code _hash}: what tells, before any row is written, which rows are new or changed. */
    static RowLayout probe(TableRef table) {
        RowLayout layout = keys(table);
        RowLayout staged = staging(table);
        layout.copy(staged, staged.columns().indexOf(TableSchema.HASH));
        return layout;
    }

    /** The key columns, in the order of the table of keys a deletion-detecting full sync has seen. */
    static RowLayout keys(TableRef table) {
        RowLayout staged = staging(table);
        RowLayout layout = new RowLayout();
        for (String key : table.primaryKey()) {
            layout.copy(staged, staged.columns().indexOf(key));
        }
        return layout;
    }

    /** Every column of the stream's table in the table's own order, as an appender needs them. */
    static RowLayout table(TableRef table, Instant syncedAt, String runId) {
        RowLayout staged = staging(table);
        RowLayout layout = new RowLayout();
        for (PhysicalColumn column : table.physicalColumns()) {
            int index = staged.columns().indexOf(column.name());
            if (index >= 0) {
                layout.copy(staged, index);
            } else if (column.name().equals("_synced_at")) {
                layout.add(column.name(), ColumnType.TIMESTAMP, column.type(), CONSTANT, syncedAt);
            } else if (column.name().equals("_run_id")) {
                boolean uuid = TableSchema.RUN_ID_TYPE.equals(column.type());
                layout.append(new Slot(
                        column.name(),
                        ColumnType.TEXT,
                        column.type(),
                        CONSTANT,
                        uuid ? UUID.fromString(runId) : runId,
                        false,
                        uuid));
            } else {
                // a column the stream no longer declares: kept in the table, empty in new rows
                layout.add(column.name(), null, column.type(), CONSTANT, null);
            }
        }
        return layout;
    }

    private void add(String column, ColumnType type, String physicalType, int source, Object constant) {
        append(new Slot(column, type, physicalType, source, constant, "jsonb".equals(physicalType), false));
    }

    private void copy(RowLayout from, int index) {
        append(from.slots[index]);
    }

    private void append(Slot slot) {
        slots = Arrays.copyOf(slots, slots.length + 1);
        slots[slots.length - 1] = slot;
    }

    int size() {
        return slots.length;
    }

    List<String> columns() {
        return Arrays.stream(slots).map(Slot::column).toList();
    }

    /** The type of the column's values, or null when the column is only ever written empty. */
    ColumnType type(int index) {
        return slots[index].type();
    }

    /** The warehouse's name of the column's type, lower case; null if the table did not have the column when prepared. */
    String physicalType(int index) {
        return slots[index].physicalType();
    }

    /** Whether the column is PostgreSQL {@code jsonb}, whose binary form carries a version byte. */
    boolean isJsonb(int index) {
        return slots[index].jsonb();
    }

    /** Whether the column is a {@code uuid} whose values are {@link UUID}s, written in that type's own form. */
    boolean isUuid(int index) {
        return slots[index].uuid();
    }

    Object value(StagedRow row, int index) {
        Slot slot = slots[index];
        return switch (slot.source()) {
            case RAW -> row.raw();
            case DELETED_AT -> row.deletedAt();
            case HASH -> row.hash();
            case CONSTANT -> slot.constant();
            default -> row.values()[slot.source()];
        };
    }

    String quotedColumnList() {
        return String.join(", ", columns().stream().map(Sql::quote).toList());
    }
}
