package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.Column;
import java.util.List;

/**
 * A stream's table as it stands in the warehouse after {@link Warehouse#prepare}.
 *
 * @param seenTable       for a stream that detects deletions, the table collecting the keys a full sync has
 *                        seen so far (it outlives a crash, so a resumed run still knows them); otherwise null
 * @param physicalColumns every column of the table with its type, in the table's order
 */
public record TableRef(
        String schema,
        String table,
        List<String> primaryKey,
        List<Column> columns,
        String seenTable,
        List<PhysicalColumn> physicalColumns) {

    public TableRef {
        primaryKey = List.copyOf(primaryKey);
        columns = List.copyOf(columns);
        physicalColumns = List.copyOf(physicalColumns);
    }

    public String qualified() {
        return Sql.quote(schema) + "." + Sql.quote(table);
    }

    String qualifiedSeen() {
        return Sql.quote(schema) + "." + Sql.quote(seenTable);
    }

    /** {@code t.k = s.k AND ...} over the key columns, for joins of this table ({@code t}) with staged or seen keys ({@code s}). */
    String keyMatch() {
        StringBuilder match = new StringBuilder();
        for (String key : primaryKey) {
            match.append(match.isEmpty() ? "" : " AND ")
                    .append("t.")
                    .append(Sql.quote(key))
                    .append(" = s.")
                    .append(Sql.quote(key));
        }
        return match.toString();
    }

    String keyList() {
        return String.join(", ", primaryKey.stream().map(Sql::quote).toList());
    }
}
