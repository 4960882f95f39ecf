package dev.ingest.core.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The warehouse types a column can have, each with the one Java class a processor puts in a row for it.
 * Cursor values travel between runs in the text form of {@link #format(Object)}.
 */
public enum ColumnType {
    TEXT(String.class),
    /** A 64-bit whole number. */
    INTEGER(Long.class),
    /** An exact decimal: money, quantities, unsigned 64-bit keys. */
    DECIMAL(BigDecimal.class),
    BOOLEAN(Boolean.class),
    DATE(LocalDate.class),
    /** An instant, stored with time zone. */
    TIMESTAMP(Instant.class),
    /** A JSON document, given as its text. */
    JSON(String.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }

    public boolean accepts(Object value) {
        return value == null || javaType.isInstance(value);
    }

    /**
     * Whether every warehouse keeps {@code value} as it is: timestamps to the microsecond, decimals of at most 10
     * places and 28 whole digits (DuckDB's {@code DECIMAL(38,10)}); a record whose field is not kept so keeps it in
     * {@code _raw} too.
     */
    public boolean keepsExactly(Object value) {
        return switch (this) {
            case TIMESTAMP -> ((Instant) value).getNano() % 1_000 == 0;
            case DECIMAL -> {
                BigDecimal decimal = ((BigDecimal) value).stripTrailingZeros();
                int places = Math.max(decimal.scale(), 0);
                yield places <= 10 && decimal.precision() - decimal.scale() <= 28;
            }
            default -> true;
        };
    }

    public String format(Object value) {
        return value == null ? null : value.toString();
    }

    /** Reads back a value written by {@link #format(Object)}; throws {@link IllegalArgumentException} if malformed. */
    public Object parse(String text) {
        try {
            return switch (this) {
                case TEXT, JSON -> text;
                case INTEGER -> Long.valueOf(text);
                case DECIMAL -> new BigDecimal(text);
                case BOOLEAN -> Boolean.valueOf(text);
                case DATE -> LocalDate.parse(text);
                case TIMESTAMP -> Instant.parse(text);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a " + name().toLowerCase(java.util.Locale.ROOT) + ": " + text, e);
        }
    }
}
