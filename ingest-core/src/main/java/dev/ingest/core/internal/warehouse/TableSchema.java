package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a stream's table from its declaration and evolves it: columns the declaration gained are
 * added, columns it lost are kept, so no data is ever dropped by a sync.
 */
final class TableSchema {

    /** The column of each row's {@link RowHash}; NULL in rows written before it existed, which count as changed once. */
    static final String HASH = "_hash";

    /**
     * The type of {@code _run_id} in tables made since run ids are stored as what they are, 16 bytes a row where a
     * 36-character text takes 37 and the padding after it. A table of an older version keeps its text column, as is.
     */
    static final String RUN_ID_TYPE = "uuid";

    /**
     * A run id bound into an assignment to {@code _run_id} of either type: assigned to a text column, the uuid is cast
     * back to its text, which is the run id itself (run ids are lower-case UUIDs).
     */
    static final String RUN_ID_VALUE = "CAST(? AS " + RUN_ID_TYPE + ")";

    private static final Logger log = LoggerFactory.getLogger(TableSchema.class);

    private final WarehouseDialect dialect;

    TableSchema(WarehouseDialect dialect) {
        this.dialect = dialect;
    }

    TableRef prepare(DSLContext ctx, String schema, Stream stream) {
        String seenTable = stream.detectsDeletions() ? "_seen_" + stream.table() : null;
        TableRef table =
                new TableRef(schema, stream.table(), stream.primaryKey(), stream.columns(), seenTable, List.of());
        ctx.execute("CREATE SCHEMA IF NOT EXISTS " + Sql.quote(schema));
        List<String> definitions = new ArrayList<>();
        for (Column column : stream.columns()) {
            definitions.add(Sql.quote(column.name()) + " " + dialect.typeName(column.type()));
        }
        definitions.add("\"_raw\" " + dialect.typeName(ColumnType.TEXT));
        definitions.add("\"_synced_at\" " + dialect.typeName(ColumnType.TIMESTAMP));
        definitions.add("\"_run_id\" " + RUN_ID_TYPE);
        definitions.add("\"_deleted_at\" " + dialect.typeName(ColumnType.TIMESTAMP));
        definitions.add(Sql.quote(HASH) + " " + dialect.typeName(ColumnType.INTEGER));
        List<String> keys = stream.primaryKey().stream().map(Sql::quote).toList();
        definitions.add("PRIMARY KEY (" + String.join(", ", keys) + ")");
        ctx.execute("CREATE TABLE IF NOT EXISTS " + table.qualified() + " (" + String.join(", ", definitions) + ")"
                + dialect.tableOptions());

        if (table.seenTable() != null) {
            ctx.execute("CREATE TABLE IF NOT EXISTS " + table.qualifiedSeen() + " AS SELECT " + table.keyList()
                    + " FROM " + table.qualified() + " LIMIT 0");
        }

        List<String> existing = existingColumns(ctx, schema, stream.table()).stream()
                .map(PhysicalColumn::name)
                .toList();
        for (Column column : stream.columns()) {
            addMissing(ctx, table, existing, column.name(), column.type());
        }
        // A table of an older version, whose rows were compared column by column.
        addMissing(ctx, table, existing, HASH, ColumnType.INTEGER);
        return new TableRef(
                schema,
                stream.table(),
                stream.primaryKey(),
                stream.columns(),
                seenTable,
                existingColumns(ctx, schema, stream.table()));
    }

    private void addMissing(DSLContext ctx, TableRef table, List<String> existing, String column, ColumnType type) {
        if (!existing.contains(column)) {
            log.info("adding column {} {} to {}", column, type, table.qualified());
            ctx.execute("ALTER TABLE " + table.qualified() + " ADD COLUMN " + Sql.quote(column) + " "
                    + dialect.typeName(type));
        }
    }

    /** The table's columns in their order. */
    static List<PhysicalColumn> existingColumns(DSLContext ctx, String schema, String table) {
        List<PhysicalColumn> columns = new ArrayList<>();
        ctx.fetch(
                        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
                                + "ORDER BY ordinal_position",
                        schema,
                        table)
                .forEach(r -> columns.add(new PhysicalColumn(
                        r.get(0, String.class).toLowerCase(Locale.ROOT),
                        r.get(1, String.class).toLowerCase(Locale.ROOT))));
        return columns;
    }
}
