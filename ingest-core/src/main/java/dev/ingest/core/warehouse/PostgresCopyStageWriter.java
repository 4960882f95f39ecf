package dev.ingest.core.warehouse;

import dev.ingest.core.spi.Column;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Streams a batch into the staging table with COPY in text format, a buffer at a time. */
final class PostgresCopyStageWriter implements StageWriter {

    private static final int FLUSH_CHARS = 1 << 16;

    @Override
    public void write(Connection connection, String stage, List<Column> columns, List<StagedRow> rows) throws SQLException {
        StringBuilder sql = new StringBuilder("COPY ").append(Sql.quote(stage)).append(" (");
        for (Column column : columns) {
            sql.append(Sql.quote(column.name())).append(", ");
        }
        sql.append("\"_raw\", \"_deleted_at\") FROM STDIN");
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql.toString());
        try {
            StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
            for (StagedRow row : rows) {
                for (Object value : row.values()) {
                    appendValue(buffer, value);
                    buffer.append('\t');
                }
                appendValue(buffer, row.raw());
                buffer.append('\t');
                appendValue(buffer, row.deletedAt());
                buffer.append('\n');
                if (buffer.length() >= FLUSH_CHARS) {
                    send(copy, buffer);
                }
            }
            send(copy, buffer);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void send(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String text) {
            appendEscaped(out, text);
        } else if (value instanceof Boolean bool) {
            out.append(bool ? 't' : 'f');
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Instant instant) {
            out.append(instant);
        } else {
            out.append(value);
        }
    }

    /** COPY's text format: backslash escapes for the delimiter, line breaks and the backslash itself. */
    private static void appendEscaped(StringBuilder out, String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> { }
                default -> out.append(c);
            }
        }
    }
}
