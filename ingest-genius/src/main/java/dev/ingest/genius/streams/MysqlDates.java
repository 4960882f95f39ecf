package dev.ingest.genius.streams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * MySQL date and datetime text ({@code 2024-03-01 09:30:00.250000}). A lax {@code sql_mode} lets a table
 * hold zero dates ({@code 0000-00-00}) and dates with a zero month or day; they mean "no date".
 */
public final class MysqlDates {

    private MysqlDates() {
    }

    /** Whether {@code text} is a zero date or has a zero year, month or day part. */
    public static boolean isZero(String text) {
        return text.length() >= 10 && (text.startsWith("0000") || text.startsWith("00", 5) || text.startsWith("00", 8));
    }

    public static LocalDate date(String text) {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** A DATETIME or TIMESTAMP read in the session's zone {@code zone}; a bare date is its start of day. */
    public static Instant instant(String text, ZoneId zone) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        }
        return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
    }
}
