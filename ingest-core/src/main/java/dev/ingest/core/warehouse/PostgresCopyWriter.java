package dev.ingest.core.warehouse;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Streams rows with COPY in text format, a buffer at a time. */
final class PostgresCopyWriter implements RowWriter {

    private static final int FLUSH_CHARS = 1 << 16;

    @Override
    public void write(Connection connection, String schema, String table, RowLayout layout, List<StagedRow> rows) throws SQLException {
        String sql = "COPY " + RowWriter.qualified(schema, table) + " (" + layout.quotedColumnList() + ") FROM STDIN";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
            int width = layout.size();
            for (StagedRow row : rows) {
                for (int i = 0; i < width; i++) {
                    if (i > 0) {
                        buffer.append('\t');
                    }
                    appendValue(buffer, layout.value(row, i));
                }
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
        } else {
            out.append(value);
        }
    }

    /** COPY's text format: backslash escapes for the delimiter, line breaks and the backslash itself; NUL cannot be stored. */
    private static void appendEscaped(StringBuilder out, String text) {
        int start = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\0' -> "";
                default -> null;
            };
            if (escape != null) {
                out.append(text, start, i).append(escape);
                start = i + 1;
            }
        }
        out.append(text, start, text.length());
    }
}
