package dev.ingest.core.warehouse;

import dev.ingest.core.spi.Column;

import java.util.List;

/** A stream's table as it stands in the warehouse after {@link Warehouse#prepare}. */
public record TableRef(String schema, String table, List<String> primaryKey, List<Column> columns) {

    public TableRef {
        primaryKey = List.copyOf(primaryKey);
        columns = List.copyOf(columns);
    }

    public String qualified() {
        return Sql.quote(schema) + "." + Sql.quote(table);
    }
}
