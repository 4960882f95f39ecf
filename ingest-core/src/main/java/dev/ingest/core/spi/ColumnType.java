package dev.ingest.core.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The warehouse types a column can have, each with the one Java class a processor puts in a row for it.
 * Cursor values travel between runs in the text form of {@link #format(Object)}.
 */
public enum ColumnType {
    /** Text of any length. */
    TEXT(String.class),
    /** A 64-bit whole number. */
    INTEGER(Long.class),
    /** An exact decimal: money, quantities, unsigned 64-bit keys. */
    DECIMAL(BigDecimal.class),
    /** True or false. */
    BOOLEAN(Boolean.class),
    /** A calendar date, without time or zone. */
    DATE(LocalDate.class),
    /** An instant, stored with time zone. */
    TIMESTAMP(Instant.class),
    /** A JSON document, given as its text. */
    JSON(String.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /**
     * The class of the values a row holds for such a column.
     *
     * @return {@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code LocalDate} or {@code Instant}
     */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * Whether a row may hold {@code value} in such a column.
     *
     * @param value a value, or {@code null}
     * @return true for {@code null} and for instances of {@link #javaType()}
     */
    public boolean accepts(Object value) {
        return value == null || javaType.isInstance(value);
    }

    /**
     * Whether every warehouse keeps {@code value} as it is: timestamps to the microsecond, decimals of at most 10
     * places and 28 whole digits (DuckDB's {@code DECIMAL(38,10)}); a record whose field is not kept so keeps it in
     * {@code _raw} too.
     *
     * @param value a value of {@link #javaType()}, not {@code null}
     * @return whether both warehouses store it unchanged
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

    /**
     * The text form of a value, in which a cursor is stored between runs: ISO-8601 for dates and instants.
     *
     * @param value a value of {@link #javaType()}, or {@code null}
     * @return its text, or {@code null} for {@code null}
     */
    public String format(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * Reads back a value written by {@link #format(Object)}.
     *
     * @param text the text form
     * @return the value, of {@link #javaType()}
     * @throws IllegalArgumentException when {@code text} is not a value of this type
     */
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
