package dev.ingest.core.internal.warehouse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The path for small batches, where a bulk protocol's set-up costs more than it saves: one batched
 * parameterised INSERT. Each value is bound as text and cast by the warehouse, as the bulk paths do.
 */
final class InsertWriter implements RowWriter {

    private final WarehouseDialect dialect;

    InsertWriter(WarehouseDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void write(Connection connection, String schema, String table, RowLayout layout, List<StagedRow> rows)
            throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(RowWriter.qualified(schema, table))
                .append(" (")
                .append(layout.quotedColumnList())
                .append(") VALUES (");
        for (int i = 0; i < layout.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(value(layout, i));
        }
        sql.append(')');
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            for (StagedRow row : rows) {
                int parameter = 0;
                for (int i = 0; i < layout.size(); i++) {
                    if (layout.type(i) == null) {
                        continue;
                    }
                    Object value = layout.value(row, i);
                    if (value == null) {
                        insert.setNull(++parameter, Types.VARCHAR);
                    } else {
                        insert.setString(
                                ++parameter,
                                value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The SQL of column {@code index}'s value: a parameter cast to the column's type, or NULL. */
    private String value(RowLayout layout, int index) {
        if (layout.type(index) == null) {
            // A column only ever written empty may have any type; an untyped NULL fits it.
            return "NULL";
        }
        return layout.isUuid(index)
                ? TableSchema.RUN_ID_VALUE
                : "CAST(? AS " + dialect.typeName(layout.type(index)) + ")";
    }
}
