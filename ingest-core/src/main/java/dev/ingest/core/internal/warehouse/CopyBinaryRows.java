package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.ColumnType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * COPY's binary format: PostgreSQL reads each value as it is stored, with no text to parse, which
 * takes a large share of a load's server time (timestamps and numbers above all). Usable only when
 * every column has the type the stream's values are written for; {@link #canWrite} tells.
 */
final class CopyBinaryRows implements CopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long POSTGRES_EPOCH_SECOND = POSTGRES_EPOCH_DAY * 86_400L;
    private static final int JSONB_VERSION = 1;
    private static final int NUMERIC_NEGATIVE = 0x4000;
    /**
     * Below this many chars a string is encoded char by char into the buffer, without allocating; a longer one (a
     * record's {@code _raw} JSON) is encoded by the JDK, whose vectorised copy is about four times faster per char.
     */
    private static final int SHORT_TEXT = 32;

    /** The column types whose binary form each kind of value is written in. */
    private static final Map<ColumnType, Set<String>> TYPES = Map.of(
            ColumnType.TEXT, Set.of("text", "character varying"),
            ColumnType.JSON, Set.of("jsonb", "json"),
            ColumnType.INTEGER, Set.of("bigint"),
            ColumnType.DECIMAL, Set.of("numeric"),
            ColumnType.BOOLEAN, Set.of("boolean"),
            ColumnType.DATE, Set.of("date"),
            ColumnType.TIMESTAMP, Set.of("timestamp with time zone"));

    private final CopyBuffer out;

    CopyBinaryRows(CopyBuffer out) throws SQLException {
        this.out = out;
        out.ensure(SIGNATURE.length + 8);
        for (byte b : SIGNATURE) {
            out.put(b);
        }
        out.putInt(0); // flags
        out.putInt(0); // header extension length
    }

    /** Whether every column of the layout has the type its values' binary form is for. */
    static boolean canWrite(RowLayout layout) {
        for (int i = 0; i < layout.size(); i++) {
            ColumnType type = layout.type(i);
            if (type != null && !layout.isUuid(i) && !TYPES.get(type).contains(layout.physicalType(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void row(RowLayout layout, StagedRow row) throws SQLException {
        int width = layout.size();
        out.ensure(2);
        out.putShort(width);
        for (int i = 0; i < width; i++) {
            value(layout.value(row, i), layout.isJsonb(i));
        }
    }

    @Override
    public void end() throws SQLException {
        out.ensure(2);
        out.putShort(-1);
    }

    private void value(Object value, boolean jsonb) throws SQLException {
        if (value == null) {
            out.ensure(4);
            out.putInt(-1);
        } else if (value instanceof String string) {
            text(string, jsonb);
        } else if (value instanceof Long number) {
            out.ensure(12);
            out.putInt(8);
            out.putLong(number);
        } else if (value instanceof Instant instant) {
            out.ensure(12);
            out.putInt(8);
            // microseconds since 2000-01-01 UTC; both warehouses keep microseconds
            out.putLong(Math.addExact(
                    Math.multiplyExact(instant.getEpochSecond() - POSTGRES_EPOCH_SECOND, 1_000_000L),
                    instant.getNano() / 1000));
        } else if (value instanceof Boolean bool) {
            out.ensure(5);
            out.putInt(1);
            out.put(bool ? 1 : 0);
        } else if (value instanceof LocalDate date) {
            out.ensure(8);
            out.putInt(4);
            out.putInt(Math.toIntExact(date.toEpochDay() - POSTGRES_EPOCH_DAY));
        } else if (value instanceof BigDecimal decimal) {
            numeric(decimal);
        } else if (value instanceof UUID uuid) {
            out.ensure(20);
            out.putInt(16);
            out.putLong(uuid.getMostSignificantBits());
            out.putLong(uuid.getLeastSignificantBits());
        } else {
            throw new IllegalArgumentException(
                    "no binary COPY form for a " + value.getClass().getName());
        }
    }

    private void text(String string, boolean jsonb) throws SQLException {
        if (string.length() < SHORT_TEXT) {
            out.ensure(5 + 3 * string.length());
            int start = out.position();
            out.skip(4);
            if (jsonb) {
                out.put(JSONB_VERSION);
            }
            int bytes = out.putUtf8(string);
            out.putIntAt(start, bytes + (jsonb ? 1 : 0));
            return;
        }
        byte[] bytes = CopyBuffer.utf8(string);
        out.ensure(5 + bytes.length);
        lengthAndVersion(bytes.length, jsonb);
        out.put(bytes);
    }

    private void lengthAndVersion(int textBytes, boolean jsonb) {
        out.putInt(textBytes + (jsonb ? 1 : 0));
        if (jsonb) {
            out.put(JSONB_VERSION);
        }
    }

    /**
     * PostgreSQL's numeric: base-10000 digits aligned on the decimal point, the weight of the first,
     * a sign and the display scale.
     */
    private void numeric(BigDecimal value) throws SQLException {
        BigDecimal magnitude = value.abs();
        if (magnitude.scale() < 0) {
            magnitude = magnitude.setScale(0);
        }
        int scale = magnitude.scale();
        String digits = magnitude.unscaledValue().toString();
        int integerDigits = digits.length() - scale;
        // Pad with zeros so that the integer part and the fraction each fill whole groups of four.
        int leadingZeros = integerDigits > 0 ? (4 - integerDigits % 4) % 4 : -integerDigits;
        int trailingZeros = (4 - scale % 4) % 4;
        String padded = "0".repeat(leadingZeros) + digits + "0".repeat(trailingZeros);
        int groups = padded.length() / 4;
        int weight = (integerDigits > 0 ? integerDigits + leadingZeros : 0) / 4 - 1;
        short[] base10000 = new short[groups];
        for (int g = 0; g < groups; g++) {
            base10000[g] = (short) Integer.parseInt(padded, 4 * g, 4 * g + 4, 10);
        }
        int first = 0;
        while (first < groups && base10000[first] == 0) {
            first++;
            weight--;
        }
        int last = groups;
        while (last > first && base10000[last - 1] == 0) {
            last--;
        }
        int count = last - first;
        if (count == 0) {
            weight = 0;
        }
        out.ensure(12 + 2 * count);
        out.putInt(8 + 2 * count);
        out.putShort(count);
        out.putShort(weight);
        out.putShort(value.signum() < 0 ? NUMERIC_NEGATIVE : 0);
        out.putShort(scale);
        for (int g = first; g < last; g++) {
            out.putShort(base10000[g]);
        }
    }
}
