package dev.ingest.core.warehouse;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Streams rows with COPY in text format. Values are escaped and encoded to UTF-8 straight into one
 * reused byte buffer, sent whenever it fills: the loader thread does one pass over each value.
 */
final class PostgresCopyWriter implements RowWriter {

    private static final int BUFFER_BYTES = 1 << 16;

    @Override
    public void write(Connection connection, String schema, String table, RowLayout layout, List<StagedRow> rows) throws SQLException {
        String sql = "COPY " + RowWriter.qualified(schema, table) + " (" + layout.quotedColumnList() + ") FROM STDIN";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            CopyText text = new CopyText(copy);
            int width = layout.size();
            for (StagedRow row : rows) {
                for (int i = 0; i < width; i++) {
                    if (i > 0) {
                        text.ascii('\t');
                    }
                    text.value(layout.value(row, i));
                }
                text.ascii('\n');
            }
            text.flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** COPY's text format: {@code \N} for null, backslash escapes for tab, line breaks and backslash; NUL cannot be stored. */
    private static final class CopyText {
        private final CopyIn copy;
        private final byte[] buffer = new byte[BUFFER_BYTES];
        private int length;

        CopyText(CopyIn copy) {
            this.copy = copy;
        }

        void value(Object value) throws SQLException {
            if (value == null) {
                ascii('\\');
                ascii('N');
            } else if (value instanceof String string) {
                escaped(string);
            } else if (value instanceof Boolean bool) {
                ascii(bool ? 't' : 'f');
            } else if (value instanceof BigDecimal decimal) {
                escaped(decimal.toPlainString());
            } else if (value instanceof Instant instant) {
                escaped(TimestampText.format(instant));
            } else {
                escaped(value.toString());
            }
        }

        void escaped(String string) throws SQLException {
            for (int i = 0, n = string.length(); i < n; i++) {
                char c = string.charAt(i);
                if (c < 0x80) {
                    switch (c) {
                        case '\\' -> pair('\\', '\\');
                        case '\t' -> pair('\\', 't');
                        case '\n' -> pair('\\', 'n');
                        case '\r' -> pair('\\', 'r');
                        case '\0' -> { }
                        default -> ascii(c);
                    }
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(string.charAt(i + 1))) {
                    codePoint(Character.toCodePoint(c, string.charAt(++i)));
                } else {
                    codePoint(Character.isSurrogate(c) ? 0xFFFD : c);
                }
            }
        }

        void ascii(char c) throws SQLException {
            if (length == buffer.length) {
                flush();
            }
            buffer[length++] = (byte) c;
        }

        private void pair(char a, char b) throws SQLException {
            ascii(a);
            ascii(b);
        }

        private void codePoint(int cp) throws SQLException {
            if (length + 4 > buffer.length) {
                flush();
            }
            if (cp < 0x800) {
                buffer[length++] = (byte) (0xC0 | cp >> 6);
            } else if (cp < 0x10000) {
                buffer[length++] = (byte) (0xE0 | cp >> 12);
                buffer[length++] = (byte) (0x80 | (cp >> 6 & 0x3F));
            } else {
                buffer[length++] = (byte) (0xF0 | cp >> 18);
                buffer[length++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                buffer[length++] = (byte) (0x80 | (cp >> 6 & 0x3F));
            }
            buffer[length++] = (byte) (0x80 | (cp & 0x3F));
        }

        void flush() throws SQLException {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
