package dev.ingest.core.warehouse;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;

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
final class InsertStageWriter implements StageWriter {

    private final WarehouseDialect dialect;

    InsertStageWriter(WarehouseDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void write(Connection connection, String stage, List<Column> columns, List<StagedRow> rows) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(Sql.quote(stage)).append(" VALUES (");
        for (Column column : columns) {
            sql.append("CAST(? AS ").append(dialect.typeName(column.type())).append("), ");
        }
        sql.append("CAST(? AS ").append(dialect.typeName(ColumnType.JSON)).append("), ");
        sql.append("CAST(? AS ").append(dialect.typeName(ColumnType.TIMESTAMP)).append("))");
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            for (StagedRow row : rows) {
                int index = 1;
                for (Object value : row.values()) {
                    bind(insert, index++, value);
                }
                bind(insert, index++, row.raw());
                bind(insert, index, row.deletedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
        }
    }
}
