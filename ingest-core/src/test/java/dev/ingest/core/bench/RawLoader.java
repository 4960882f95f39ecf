package dev.ingest.core.bench;

import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The reference loaders: the stream's typed rows, straight into a plain table with the same columns
 * and key, by COPY or by the appender; no staging, no merge, no history, no raw JSON.
 */
abstract class RawLoader {

    static RawLoader forKind(WarehouseConfig.Kind kind) {
        return kind == WarehouseConfig.Kind.POSTGRES ? new Copy() : new Appender();
    }

    void load(Warehouse warehouse, Connector connector, Settings settings, Stream stream) throws Exception {
        boolean postgres = warehouse.config().kind() == WarehouseConfig.Kind.POSTGRES;
        StringBuilder ddl = new StringBuilder("CREATE TABLE reference_" + stream.table() + " (");
        for (Column column : stream.columns()) {
            ddl.append(column.name())
                    .append(' ')
                    .append(sqlType(column, postgres))
                    .append(", ");
        }
        ddl.append("PRIMARY KEY (")
                .append(String.join(", ", stream.primaryKey()))
                .append("))");
        warehouse.dsl().execute(ddl.toString());
        warehouse.dsl().connection(connection -> {
            connection.setAutoCommit(false);
            try (Client client = connector.open(settings);
                    RecordReader reader = client.read(stream, new ReadRequest(SyncMode.FULL, null, null, 10_000))) {
                write(connection, "reference_" + stream.table(), stream, reader);
            }
            connection.commit();
            connection.setAutoCommit(true);
        });
    }

    abstract void write(Connection connection, String table, Stream stream, RecordReader reader) throws SQLException;

    static List<Object[]> rows(Stream stream, Batch batch) {
        List<Object[]> rows = new ArrayList<>(batch.records().size());
        for (RawRecord record : batch.records()) {
            if (stream.processor().process(record) instanceof Row row) {
                rows.add(row.values());
            }
        }
        return rows;
    }

    private static String sqlType(Column column, boolean pg) {
        return switch (column.type()) {
            case TEXT -> pg ? "text" : "VARCHAR";
            case INTEGER -> "bigint";
            case DECIMAL -> pg ? "numeric" : "DECIMAL(38,10)";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIMESTAMP -> "timestamptz";
            case JSON -> pg ? "jsonb" : "JSON";
        };
    }

    private static final class Copy extends RawLoader {
        @Override
        void write(Connection connection, String table, Stream stream, RecordReader reader) throws SQLException {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN");
            StringBuilder buffer = new StringBuilder(1 << 17);
            Batch batch;
            while ((batch = reader.next()) != null) {
                for (Object[] values : rows(stream, batch)) {
                    for (int i = 0; i < values.length; i++) {
                        Object value = values[i];
                        buffer.append(i == 0 ? "" : "\t");
                        if (value == null) {
                            buffer.append("\\N");
                        } else if (value instanceof String text) {
                            buffer.append(text.replace("\\", "\\\\")
                                    .replace("\t", "\\t")
                                    .replace("\n", "\\n")
                                    .replace("\r", "\\r"));
                        } else if (value instanceof BigDecimal decimal) {
                            buffer.append(decimal.toPlainString());
                        } else {
                            buffer.append(value);
                        }
                    }
                    buffer.append('\n');
                }
                byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            }
            copy.endCopy();
        }
    }

    private static final class Appender extends RawLoader {
        @Override
        void write(Connection connection, String table, Stream stream, RecordReader reader) throws SQLException {
            try (DuckDBAppender appender =
                    connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
                Batch batch;
                while ((batch = reader.next()) != null) {
                    for (Object[] values : rows(stream, batch)) {
                        appender.beginRow();
                        // the appender takes each value as its column's own type and casts nothing
                        for (Object value : values) {
                            if (value == null) {
                                appender.appendNull();
                            } else if (value instanceof Long number) {
                                appender.append(number.longValue());
                            } else if (value instanceof Boolean bool) {
                                appender.append(bool.booleanValue());
                            } else if (value instanceof BigDecimal decimal) {
                                appender.append(decimal.setScale(10, RoundingMode.HALF_UP));
                            } else if (value instanceof LocalDate date) {
                                appender.append(date);
                            } else if (value instanceof Instant instant) {
                                appender.appendEpochMicros(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
                            } else {
                                appender.append(value.toString());
                            }
                        }
                        appender.endRow();
                    }
                }
                // close() would swallow an error of the last rows
                appender.flush();
            }
        }
    }
}
