package dev.ingest.core.internal.warehouse;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;

/**
 * COPY's text format, which any column type reads: {@code \N} for null, backslash escapes for tab,
 * line breaks and backslash.
 */
final class CopyTextRows implements CopyRows {

    private final CopyBuffer out;

    CopyTextRows(CopyBuffer out) {
        this.out = out;
    }

    @Override
    public void row(RowLayout layout, StagedRow row) throws SQLException {
        for (int i = 0, width = layout.size(); i < width; i++) {
            field(i, layout.value(row, i));
        }
        endRow();
    }

    /** A row of plain values, in the order of the COPY's columns. */
    void row(Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            field(i, values[i]);
        }
        endRow();
    }

    private void field(int index, Object value) throws SQLException {
        if (index > 0) {
            out.ensure(1);
            out.put('\t');
        }
        value(value);
    }

    private void endRow() throws SQLException {
        out.ensure(1);
        out.put('\n');
    }

    @Override
    public void end() {}

    private void value(Object value) throws SQLException {
        if (value == null) {
            out.ensure(2);
            out.put('\\');
            out.put('N');
        } else if (value instanceof String string) {
            escaped(string);
        } else if (value instanceof Boolean bool) {
            out.ensure(1);
            out.put(bool ? 't' : 'f');
        } else if (value instanceof BigDecimal decimal) {
            escaped(decimal.toPlainString());
        } else if (value instanceof Instant instant) {
            escaped(TimestampText.format(instant));
        } else {
            escaped(value.toString());
        }
    }

    private void escaped(String string) throws SQLException {
        byte[] bytes = CopyBuffer.utf8(string);
        // Two bytes at most for each: UTF-8's multi-byte sequences hold no ASCII byte to escape.
        out.ensure(2 * bytes.length);
        for (byte b : bytes) {
            switch (b) {
                case '\\' -> {
                    out.put('\\');
                    out.put('\\');
                }
                case '\t' -> {
                    out.put('\\');
                    out.put('t');
                }
                case '\n' -> {
                    out.put('\\');
                    out.put('n');
                }
                case '\r' -> {
                    out.put('\\');
                    out.put('r');
                }
                default -> out.put(b);
            }
        }
    }
}
