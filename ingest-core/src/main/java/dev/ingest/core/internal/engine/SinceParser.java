package dev.ingest.core.internal.engine;

import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.ConfigException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads {@code --since} as a cursor of the stream's cursor type: a date, a date-time, or a number. */
final class SinceParser {

    private SinceParser() {}

    static String parse(String since, ColumnType type) {
        String text = since.trim();
        try {
            return switch (type) {
                case TIMESTAMP -> instant(text).toString();
                case DATE ->
                    text.length() > 10
                            ? instant(text)
                                    .atOffset(ZoneOffset.UTC)
                                    .toLocalDate()
                                    .toString()
                            : LocalDate.parse(text).toString();
                default -> type.format(type.parse(text));
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ConfigException("--since '" + since + "' is not an ISO-8601 "
                    + (type == ColumnType.TIMESTAMP || type == ColumnType.DATE
                            ? "date or timestamp (2024-05-01 or 2024-05-01T12:00:00Z)"
                            : type.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** A date is its midnight in UTC; a date-time without an offset is taken as UTC. */
    private static Instant instant(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }
}
