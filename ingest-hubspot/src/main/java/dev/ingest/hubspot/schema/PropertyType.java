package dev.ingest.hubspot.schema;

import dev.ingest.core.spi.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A HubSpot property type, its column type, and how its text values read. */
public enum PropertyType {
    NUMBER(ColumnType.DECIMAL),
    DATE(ColumnType.DATE),
    DATETIME(ColumnType.TIMESTAMP),
    BOOL(ColumnType.BOOLEAN),
    TEXT(ColumnType.TEXT);

    private final ColumnType columnType;

    PropertyType(ColumnType columnType) {
        this.columnType = columnType;
    }

    public ColumnType columnType() {
        return columnType;
    }

    /** {@code number}, {@code date}, {@code datetime}, {@code bool}; everything else (string, enumeration, phone_number) is text. */
    public static PropertyType of(String hubspotType) {
        return switch (hubspotType == null ? "" : hubspotType) {
            case "number" -> NUMBER;
            case "date" -> DATE;
            case "datetime" -> DATETIME;
            case "bool" -> BOOL;
            default -> TEXT;
        };
    }

    /** The property type whose column is of {@code type}; integer and JSON columns hold no property. */
    public static PropertyType of(ColumnType type) {
        for (PropertyType candidate : values()) {
            if (candidate.columnType == type) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no property type has " + type + " columns");
    }

    /**
     * The value of a property's text, or null for an empty one.
     *
     * @throws IllegalArgumentException when the text is not of this type
     */
    public Object parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return switch (this) {
            case TEXT -> text;
            case NUMBER -> new BigDecimal(text.trim());
            case BOOL -> bool(text);
            case DATETIME -> instant(text);
            // A date property is an ISO date, or midnight UTC in epoch milliseconds in older answers.
            case DATE ->
                isEpochMillis(text)
                        ? Instant.ofEpochMilli(Long.parseLong(text))
                                .atOffset(ZoneOffset.UTC)
                                .toLocalDate()
                        : text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        };
    }

    /** An ISO-8601 instant or epoch milliseconds, as HubSpot writes datetimes. */
    public static Instant instant(String text) {
        return isEpochMillis(text)
                ? Instant.ofEpochMilli(Long.parseLong(text))
                : OffsetDateTime.parse(text).toInstant();
    }

    private static boolean isEpochMillis(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    private static Boolean bool(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("not true or false");
    }
}
