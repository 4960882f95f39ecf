package dev.ingest.core.warehouse;

import dev.ingest.core.spi.Column;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Fills the staging table through DuckDB's appender. Dates, instants and JSON go in as text and are
 * cast by DuckDB to the column's type.
 */
final class DuckDbAppenderStageWriter implements StageWriter {

    @Override
    public void write(Connection connection, String stage, List<Column> columns, List<StagedRow> rows) throws SQLException {
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, stage)) {
            for (StagedRow row : rows) {
                appender.beginRow();
                for (Object value : row.values()) {
                    append(appender, value);
                }
                append(appender, row.raw());
                append(appender, row.deletedAt());
                appender.endRow();
            }
        }
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value instanceof Long number) {
            appender.append(number.longValue());
        } else if (value instanceof Boolean bool) {
            appender.append(bool.booleanValue());
        } else if (value instanceof BigDecimal decimal) {
            appender.appendBigDecimal(decimal);
        } else {
            appender.append(value == null ? null : value.toString());
        }
    }
}
