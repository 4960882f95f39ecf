package dev.ingest.genius.streams;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.Stream;
import java.time.ZoneId;
import java.util.List;

/**
 * One Genius table as a stream: where it is read from and how it lands.
 *
 * @param name       the stream's name, also its warehouse table
 * @param table      the source table
 * @param key        the primary key's warehouse columns
 * @param cursor     the modification timestamp column incremental syncs page on, or {@code null} for full-only tables
 * @param softDelete a boolean flag or timestamp column that marks a row deleted, or {@code null}
 * @param columns    the columns, in warehouse order
 * @param origin     the file and line that define the stream, for the errors of reading its table
 */
public record TableDefinition(
        String name,
        String table,
        List<String> key,
        String cursor,
        String softDelete,
        List<SourceColumn> columns,
        String origin) {

    public TableDefinition {
        key = List.copyOf(key);
        columns = List.copyOf(columns);
    }

    /** A warehouse column and the source column it is read from. */
    public record SourceColumn(Column column, String source) {}

    public SourceColumn column(String warehouseName) {
        return columns.stream()
                .filter(c -> c.column().name().equals(warehouseName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("stream " + name + " has no column " + warehouseName));
    }

    /** The stream, whose full syncs also mark rows deleted at the source; DATETIMEs are read in {@code zone}. */
    public Stream toStream(ZoneId zone) {
        return new Stream(name, name, key, warehouseColumns(), cursor, fields(zone)).withDeletionDetection();
    }

    /** Each column read from its source column; a soft-delete flag deletes a row as of its modification time. */
    public JsonFields fields(ZoneId zone) {
        JsonFields.SoftDelete deleted = softDelete == null
                ? null
                : new JsonFields.SoftDelete(
                        column(softDelete).source(),
                        cursor == null ? null : column(cursor).source());
        return new JsonFields(
                columns.stream()
                        .map(c -> new JsonFields.Field(c.column(), c.source()))
                        .toList(),
                key,
                deleted,
                new MysqlValues(zone));
    }

    public List<Column> warehouseColumns() {
        return columns.stream().map(SourceColumn::column).toList();
    }
}
