package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes rows through DuckDB's appender, which fills every column of the table in its own order. The appender
 * casts nothing: each value goes in as the column's own type, so a table with a column of another type than the
 * stream's values (its declared type changed after the table was made) is written by the casting INSERT path.
 */
final class DuckDbAppenderWriter implements RowWriter {

    /** The column types (information_schema's {@code data_type}, lower case) each kind of value is appended to. */
    private static final Map<ColumnType, String> TYPES = Map.of(
            ColumnType.TEXT, "varchar",
            ColumnType.JSON, "json",
            ColumnType.INTEGER, "bigint",
            ColumnType.DECIMAL, "decimal(38," + DuckDbDialect.DECIMAL_SCALE + ")",
            ColumnType.BOOLEAN, "boolean",
            ColumnType.DATE, "date",
            ColumnType.TIMESTAMP, "timestamp with time zone");

    private static final Set<String> OWN_TYPES = Set.copyOf(TYPES.values());

    private final RowWriter casting;

    /** @param casting the writer for tables whose column types differ from the stream's */
    DuckDbAppenderWriter(RowWriter casting) {
        this.casting = casting;
    }

    /**
     * Whether every column has the type its values are appended as; a column only ever written empty may have any
     * type this library creates (the appender refuses some others, nested types among them, even for NULL).
     */
    static boolean canAppend(RowLayout layout) {
        for (int i = 0; i < layout.size(); i++) {
            ColumnType type = layout.type(i);
            String physical = layout.physicalType(i);
            boolean fits = layout.isUuid(i)
                    || (type == null
                            ? OWN_TYPES.contains(physical)
                            : TYPES.get(type).equals(physical));
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void write(Connection connection, String schema, String table, RowLayout layout, List<StagedRow> rows)
            throws SQLException {
        if (!canAppend(layout)) {
            casting.write(connection, schema, table, layout, rows);
            return;
        }
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
            // close() flushes the last rows too, but swallows its error (a duplicate key): they would be lost unseen
            appender.flush();
        }
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String text) {
            // JSON too, unchecked: DuckDB's JSON type is text to the appender (connectors give a serializer's output)
            appender.append(text);
        } else if (value instanceof Long number) {
            appender.append(number.longValue());
        } else if (value instanceof Boolean bool) {
            appender.append(bool.booleanValue());
        } else if (value instanceof BigDecimal decimal) {
            // rounded half away from zero, as DuckDB casts text to the column's scale on the INSERT path
            appender.append(decimal.setScale(DuckDbDialect.DECIMAL_SCALE, RoundingMode.HALF_UP));
        } else if (value instanceof Instant instant) {
            appender.appendEpochMicros(epochMicros(instant));
        } else if (value instanceof LocalDate date) {
            appender.append(date);
        } else if (value instanceof UUID uuid) {
            appender.append(uuid);
        } else {
            throw new SQLException("cannot append a " + value.getClass().getSimpleName() + " to DuckDB");
        }
    }

    /** Whole microseconds, as DuckDB keeps them and {@link TimestampText} writes them. */
    private static long epochMicros(Instant instant) throws SQLException {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
        } catch (ArithmeticException e) {
            throw new SQLException("timestamp " + instant + " is out of DuckDB's range", e);
        }
    }
}
