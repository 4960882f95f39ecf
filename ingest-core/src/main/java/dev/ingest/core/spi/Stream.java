package dev.ingest.core.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of record a connector syncs, and the table it lands in.
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

    public Stream(
            String name,
            String table,
            List<String> primaryKey,
            List<Column> columns,
            String cursorField,
            Processor processor) {
        this(name, table, primaryKey, columns, cursorField, processor, false);
    }

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

    public boolean incremental() {
        return cursorField != null;
    }

    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Column> cursorColumn() {
        return cursorField == null ? Optional.empty() : Optional.of(columns.get(columnIndex(cursorField)));
    }

    /** The same stream with other columns, as a source with account-defined fields discovers them. */
    public Stream withColumns(List<Column> newColumns) {
        return new Stream(name, table, primaryKey, newColumns, cursorField, processor, detectsDeletions);
    }

    /** The same stream, with full syncs marking rows the source no longer has as deleted. */
    public Stream withDeletionDetection() {
        return new Stream(name, table, primaryKey, columns, cursorField, processor, true);
    }
}
