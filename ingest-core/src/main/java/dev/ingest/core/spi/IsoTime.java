package dev.ingest.core.spi;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * ISO-8601 instants and dates as APIs write them. The common form {@code 2024-01-01T00:00:00.000Z} is formatted and
 * parsed several times faster than {@link java.time.format.DateTimeFormatter} does, whose cost otherwise dominates
 * generating and processing a record; other forms go through it. Stateless and thread-safe.
 */
public final class IsoTime {

    private static final long DAY = 86_400_000L;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_DATE_TIME;

    private static final Instant YEAR_1000 = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z");

    private IsoTime() {}

    /**
     * The UTC text of {@code epochMillis}, for years 1000 to 9999.
     *
     * @param epochMillis milliseconds since 1970-01-01T00:00:00Z
     * @return its text, always 24 characters: {@code 2024-01-01T00:00:00.000Z}
     */
    public static String format(long epochMillis) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochMillis, DAY));
        int millisOfDay = (int) Math.floorMod(epochMillis, DAY);
        char[] text = new char[24];
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, millisOfDay / 3_600_000, 2);
        text[13] = ':';
        digits(text, 14, millisOfDay / 60_000 % 60, 2);
        text[16] = ':';
        digits(text, 17, millisOfDay / 1000 % 60, 2);
        text[19] = '.';
        digits(text, 20, millisOfDay % 1000, 3);
        text[23] = 'Z';
        return new String(text);
    }

    /**
     * {@link #format(long)}'s form for a whole millisecond of the years 1000 to 9999, else {@link Instant#toString()}.
     *
     * @param instant any instant
     * @return its UTC text
     */
    public static String format(Instant instant) {
        return instant.getNano() % 1_000_000 == 0 && !instant.isBefore(YEAR_1000) && instant.isBefore(YEAR_10000)
                ? format(instant.toEpochMilli())
                : instant.toString();
    }

    /**
     * Reads {@link #format(long)}'s form directly, and any other ISO-8601 date-time with an offset, or without one
     * taken as UTC.
     *
     * @param text an ISO-8601 date-time
     * @return the instant it names
     * @throws DateTimeParseException when {@code text} is none of these
     */
    public static Instant parse(String text) {
        if (text.length() != 24
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(19) != '.'
                || text.charAt(23) != 'Z') {
            return parseAny(text);
        }
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        int millis = number(text, 20, 3);
        if (hour > 23 || minute > 59 || second > 59) {
            throw new DateTimeParseException("time out of range", text, 11);
        }
        try {
            long day = LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2))
                    .toEpochDay();
            return Instant.ofEpochMilli(day * DAY + ((hour * 60L + minute) * 60 + second) * 1000 + millis);
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), text, 0);
        }
    }

    private static Instant parseAny(String text) {
        TemporalAccessor parsed = DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime withOffset
                ? withOffset.toInstant()
                : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }

    /**
     * Reads {@code 2024-01-31} directly and any other ISO-8601 date through {@link LocalDate#parse}.
     *
     * @param text an ISO-8601 date
     * @return the date
     * @throws DateTimeParseException when {@code text} is not a date
     */
    public static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return LocalDate.parse(text);
        }
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), text, 0);
        }
    }

    private static int number(String text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeParseException("not a digit", text, i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
