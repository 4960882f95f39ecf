package dev.ingest.genius.streams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * MySQL date and datetime text ({@code 2024-03-01 09:30:00.250000}). A lax {@code sql_mode} lets a table
 * hold zero dates ({@code 0000-00-00}) and dates with a zero month or day; they mean "no date".
 * Parsed by position rather than by a formatter: this runs for every timestamp of every row.
 */
public final class MysqlDates {

    private MysqlDates() {}

    /** Whether {@code text} is a zero date or has a zero year, month or day part. */
    public static boolean isZero(String text) {
        return text.length() >= 10 && (text.startsWith("0000") || text.startsWith("00", 5) || text.startsWith("00", 8));
    }

    public static LocalDate date(String text) {
        requireShape(text);
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    /** A DATETIME or TIMESTAMP read in the session's zone {@code zone}; a bare date is its start of day. */
    public static Instant instant(String text, ZoneId zone) {
        LocalDate date = date(text);
        LocalDateTime time;
        if (text.length() == 10) {
            time = date.atStartOfDay();
        } else {
            if (text.length() < 19 || text.charAt(10) != ' ' || text.charAt(13) != ':' || text.charAt(16) != ':') {
                throw new IllegalArgumentException("'" + text + "' is not a MySQL datetime");
            }
            int nanos = 0;
            if (text.length() > 20 && text.charAt(19) == '.') {
                int end = Math.min(text.length(), 29);
                nanos = digits(text, 20, end);
                for (int i = end - 20; i < 9; i++) {
                    nanos *= 10;
                }
            }
            time = date.atTime(digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19), nanos);
        }
        return zone instanceof ZoneOffset offset
                ? time.toInstant(offset)
                : time.atZone(zone).toInstant();
    }

    /**
     * The DATETIME text of {@code instant} in {@code zone}: {@code 2024-03-01 09:30:00}, with a fraction only when it
     * is not zero and without its trailing zeros ({@code 09:30:00.25}), as {@link #trimmed} gives the database's text.
     */
    public static String format(Instant instant, ZoneId zone) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, zone);
        StringBuilder text = new StringBuilder(26);
        pad(text, time.getYear(), 4).append('-');
        pad(text, time.getMonthValue(), 2).append('-');
        pad(text, time.getDayOfMonth(), 2).append(' ');
        pad(text, time.getHour(), 2).append(':');
        pad(text, time.getMinute(), 2).append(':');
        pad(text, time.getSecond(), 2);
        if (time.getNano() != 0) {
            pad(text.append('.'), time.getNano(), 9);
        }
        return trimmed(text.toString());
    }

    /** A DATETIME's text without the trailing zeros of its fraction, and without the fraction when that leaves none. */
    public static String trimmed(String text) {
        int dot = text.length() > 19 ? text.indexOf('.', 19) : -1;
        if (dot < 0) {
            return text;
        }
        int end = text.length();
        while (end > dot + 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        return text.substring(0, end == dot + 1 ? dot : end);
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    private static void requireShape(String text) {
        if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new IllegalArgumentException("'" + text + "' is not a MySQL date");
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("'" + text + "' is not a MySQL date or datetime");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
