package dev.ingest.core.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of record a connector syncs, and the table it lands in. Immutable (the lists are copied); the processor is
 * shared by every sync of the stream.
 *
 * @param name        the stream's name on the command line ({@code contacts})
 * @param table       the table in the connector's schema
 * @param primaryKey  the columns that identify a record; upserts match on them
 * @param columns     the typed columns, in order; {@link Row#values()} follows this order
 * @param cursorField the column incremental syncs advance on, or {@code null} when the stream is full only
 * @param processor   turns a raw record of this stream into a row or a rejection
 * @param detectsDeletions whether a complete full sync marks {@code _deleted_at} on rows the source no
 *                    longer has: for sources that delete rows outright instead of flagging them
 */
public record Stream(
        String name,
        String table,
        List<String> primaryKey,
        List<Column> columns,
        String cursorField,
        Processor processor,
        boolean detectsDeletions) {

    /**
     * A stream whose deletions the source reports itself (or that never loses records).
     *
     * @param name        the stream's name on the command line
     * @param table       the table in the connector's schema
     * @param primaryKey  the columns that identify a record
     * @param columns     the typed columns, in order
     * @param cursorField the column incremental syncs advance on, or {@code null}
     * @param processor   turns a raw record into a row or a rejection
     */
    public Stream(
            String name,
            String table,
            List<String> primaryKey,
            List<Column> columns,
            String cursorField,
            Processor processor) {
        this(name, table, primaryKey, columns, cursorField, processor, false);
    }

    /**
     * Copies the lists and checks that the key and cursor are among the columns.
     *
     * @param name             the stream's name on the command line
     * @param table            the table in the connector's schema
     * @param primaryKey       the columns that identify a record, at least one
     * @param columns          the typed columns, in order, each name once
     * @param cursorField      the column incremental syncs advance on, or {@code null}
     * @param processor        turns a raw record into a row or a rejection
     * @param detectsDeletions whether a complete full sync marks rows the source no longer has
     * @throws IllegalArgumentException when the key is empty, a column is declared twice, or a key or cursor column is
     *                                  not among the columns
     */
    public Stream {
        primaryKey = List.copyOf(primaryKey);
        columns = List.copyOf(columns);
        if (primaryKey.isEmpty()) {
            throw new IllegalArgumentException("stream " + name + " needs a primary key");
        }
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("stream " + name + " declares column " + column.name() + " twice");
            }
        }
        for (String key : primaryKey) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException("stream " + name + ": key " + key + " is not a column");
            }
        }
        if (cursorField != null && !names.contains(cursorField)) {
            throw new IllegalArgumentException("stream " + name + ": cursor " + cursorField + " is not a column");
        }
    }

    /**
     * Whether the stream can sync incrementally.
     *
     * @return whether it has a cursor field
     */
    public boolean incremental() {
        return cursorField != null;
    }

    /**
     * Where a column's value is in a row.
     *
     * @param column a column's name
     * @return its index in {@link #columns()} and {@link Row#values()}, or -1 when the stream has no such column
     */
    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The column incremental syncs advance on, whose type fixes how the cursor is read and written.
     *
     * @return the cursor column, or empty for a full-only stream
     */
    public Optional<Column> cursorColumn() {
        return cursorField == null ? Optional.empty() : Optional.of(columns.get(columnIndex(cursorField)));
    }

    /**
     * The same stream with other columns, as a source with account-defined fields discovers them.
     *
     * @param newColumns the columns, in order; they must still hold the key and cursor columns
     * @return a copy with those columns
     */
    public Stream withColumns(List<Column> newColumns) {
        return new Stream(name, table, primaryKey, newColumns, cursorField, processor, detectsDeletions);
    }

    /**
     * Marks the stream as one whose source deletes records outright.
     *
     * @return the same stream, with full syncs marking rows the source no longer has as deleted
     */
    public Stream withDeletionDetection() {
        return new Stream(name, table, primaryKey, columns, cursorField, processor, true);
    }
}
