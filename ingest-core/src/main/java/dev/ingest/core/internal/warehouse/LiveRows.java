package dev.ingest.core.internal.warehouse;

import dev.ingest.core.WarehouseException;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.core.spi.Stream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The live rows of one stream's table, read for a reader that compares them with what its source lists now. */
final class LiveRows implements StoredRows {

    private final DSLContext dsl;
    private final String schema;
    private final Stream stream;

    LiveRows(DSLContext dsl, String schema, Stream stream) {
        if (stream.primaryKey().size() != 1) {
            throw new IllegalArgumentException("stream " + stream.name() + " has a key of several columns");
        }
        this.dsl = dsl;
        this.schema = schema;
        this.stream = stream;
    }

    @Override
    public List<Object> keys(String column, Object lowest, Object highest) {
        if (stream.columnIndex(column) < 0) {
            throw new IllegalArgumentException("stream " + stream.name() + " has no column " + column);
        }
        return read("reading the live keys of " + qualified(), List.of(), connection -> {
            List<Object> keys = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + Sql.quote(key()) + " FROM "
                    + qualified() + " WHERE \"_deleted_at\" IS NULL AND " + Sql.quote(column) + " BETWEEN ? AND ?")) {
                bind(select, 1, lowest);
                bind(select, 2, highest);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(javaValue(rows.getObject(1)));
                    }
                }
            }
            return keys;
        });
    }

    /** The record rebuilt by the stream's processor from the row's columns and its {@code _raw}. */
    @Override
    public Optional<String> raw(Object key) {
        List<Column> columns = stream.columns();
        StringBuilder select = new StringBuilder("SELECT ");
        columns.forEach(c -> select.append(Sql.quote(c.name())).append(", "));
        select.append("\"_raw\" FROM ")
                .append(qualified())
                .append(" WHERE \"_deleted_at\" IS NULL AND ")
                .append(Sql.quote(key()))
                .append(" = ?");
        return Optional.ofNullable(read("reading a row of " + qualified(), null, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(select.toString())) {
                bind(statement, 1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(rows, i + 1, columns.get(i).type());
                    }
                    return stream.processor().rebuild(values, rows.getString(columns.size() + 1));
                }
            }
        }));
    }

    /** A column's value as its type's Java class. */
    private static Object value(ResultSet rows, int index, ColumnType type) throws SQLException {
        Object value = switch (type) {
            case TEXT, JSON -> rows.getString(index);
            case INTEGER -> rows.getLong(index);
            // As text: DuckDB's driver reads a DECIMAL(38,10) of more than 17 digits through a double.
            case DECIMAL -> {
                String text = rows.getString(index);
                yield text == null ? null : new BigDecimal(text);
            }
            case BOOLEAN -> rows.getBoolean(index);
            case DATE -> rows.getObject(index, LocalDate.class);
            case TIMESTAMP -> {
                OffsetDateTime at = rows.getObject(index, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
        };
        return rows.wasNull() ? null : value;
    }

    private String key() {
        return stream.primaryKey().get(0);
    }

    private String qualified() {
        return Sql.quote(schema) + "." + Sql.quote(stream.table());
    }

    /** Runs {@code work} when the table exists; answers {@code none} before its first sync made it. */
    private <T> T read(String what, T none, SqlRead<T> work) {
        return dsl.connectionResult(connection -> {
            try {
                return exists(connection) ? work.run(connection) : none;
            } catch (SQLException e) {
                throw new WarehouseException(what + " failed: " + e.getMessage(), e);
            }
        });
    }

    private boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            select.setString(1, schema);
            select.setString(2, stream.table());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else {
            statement.setObject(index, value);
        }
    }

    /** A whole-number key as {@code Long}, its column type's Java class, whatever width the driver answers in. */
    private static Object javaValue(Object value) {
        return value instanceof Number number && !(value instanceof Long) && !(value instanceof BigDecimal)
                ? Long.valueOf(number.longValue())
                : value;
    }

    private interface SqlRead<T> {
        T run(Connection connection) throws SQLException;
    }
}
