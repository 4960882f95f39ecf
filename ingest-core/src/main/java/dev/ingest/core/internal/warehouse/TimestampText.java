package dev.ingest.core.internal.warehouse;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants as {@code 2024-01-31 23:59:59.123456+00}, the text both PostgreSQL and DuckDB read for a
 * timestamp with time zone, written several times faster than {@link Instant#toString()}: bulk loads
 * write a few per row.
 */
final class TimestampText {

    private static final long FIRST_YEAR_1000 = LocalDate.of(1000, 1, 1).toEpochDay() * 86_400L;
    private static final long AFTER_YEAR_9999 = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400L;

    private TimestampText() {}

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_YEAR_1000 || seconds >= AFTER_YEAR_9999) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        char[] text = new char[29];
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = ' ';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        text[19] = '.';
        // Both warehouses keep microseconds.
        digits(text, 20, instant.getNano() / 1000, 6);
        text[26] = '+';
        text[27] = '0';
        text[28] = '0';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
