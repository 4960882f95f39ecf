package dev.ingest.core.internal.warehouse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes rows through DuckDB's appender, which fills every column of the table in its own order.
 * Dates, instants and JSON go in as text and are cast by DuckDB to the column's type.
 */
final class DuckDbAppenderWriter implements RowWriter {

    @Override
    public void write(Connection connection, String schema, String table, RowLayout layout, List<StagedRow> rows)
            throws SQLException {
        String appenderSchema = schema == null ? DuckDBConnection.DEFAULT_SCHEMA : schema;
        try (DuckDBAppender appender =
                connection.unwrap(DuckDBConnection.class).createAppender(appenderSchema, table)) {
            int width = layout.size();
            for (StagedRow row : rows) {
                appender.beginRow();
                for (int i = 0; i < width; i++) {
                    append(appender, layout.value(row, i));
                }
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
        } else if (value instanceof Instant instant) {
            appender.append(TimestampText.format(instant));
        } else {
            appender.append(value == null ? null : value.toString());
        }
    }
}
