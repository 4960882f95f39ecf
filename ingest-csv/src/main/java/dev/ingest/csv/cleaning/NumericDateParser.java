package dev.ingest.csv.cleaning;

import dev.ingest.csv.cleaning.DateTimeCleaner.Parsed;
import dev.ingest.csv.profile.DateOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Reads the all-numeric forms of {@link DateTimeCleaner}'s ISO and NUMERIC patterns ({@code 2024-03-02 14:53:02},
 * {@code 3/13/2024 8:33 AM}) character by character, because regex matching was a large part of an import's CPU.
 * It accepts only texts those patterns match, with the same fields; for anything else, invalid values included,
 * it returns null and the cleaner falls back to its patterns, which then give their usual result or error message.
 */
final class NumericDateParser {

    private NumericDateParser() {}

    static Parsed parse(String s, DateOrder order) {
        int n = s.length();
        int end1 = digitsEnd(s, 0);
        int end2 = end1 < n ? digitsEnd(s, end1 + 1) : n;
        if (end1 == 0 || end2 >= n || end2 - end1 - 1 < 1 || end2 - end1 - 1 > 2) {
            return null;
        }
        char sep1 = s.charAt(end1);
        char sep2 = s.charAt(end2);
        int end3 = digitsEnd(s, end2 + 1);
        int digits3 = end3 - end2 - 1;
        boolean iso = end1 == 4 && isIsoSeparator(sep1) && isIsoSeparator(sep2) && digits3 >= 1 && digits3 <= 2;
        boolean numeric =
                end1 <= 2 && (isIsoSeparator(sep1) || sep1 == '.') && sep2 == sep1 && (digits3 == 2 || digits3 == 4);
        if (!iso && !numeric) {
            return null;
        }
        int first = number(s, 0, end1);
        int second = number(s, end1 + 1, end2);
        int third = number(s, end2 + 1, end3);
        int year;
        int month;
        int day;
        if (iso) {
            year = first;
            month = second;
            day = third;
        } else {
            boolean dayFirst = order == DateOrder.EU || sep1 == '.';
            year = DateTimeCleaner.fullYear(third, digits3);
            month = dayFirst ? second : first;
            day = dayFirst ? first : second;
        }
        if (!CalendarFields.isDate(year, month, day)) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        return end3 == n ? new Parsed(date, null, null) : withTime(date, s, end3);
    }

    /** The TIME part of the patterns, from {@code i}: {@code [T ]+H:MM[:SS[.fffffffff]] [AM|PM] [offset]}. */
    private static Parsed withTime(LocalDate date, String s, int i) {
        int n = s.length();
        int start = i;
        while (i < n && (s.charAt(i) == 'T' || s.charAt(i) == ' ')) {
            i++;
        }
        int hourEnd = digitsEnd(s, i);
        if (i == start
                || hourEnd - i < 1
                || hourEnd - i > 2
                || hourEnd >= n
                || s.charAt(hourEnd) != ':'
                || digitsEnd(s, hourEnd + 1) != hourEnd + 3) {
            return null;
        }
        int hour = number(s, i, hourEnd);
        int minute = number(s, hourEnd + 1, hourEnd + 3);
        i = hourEnd + 3;
        int second = 0;
        int nanos = 0;
        if (i < n && s.charAt(i) == ':') {
            if (digitsEnd(s, i + 1) != i + 3) {
                return null;
            }
            second = number(s, i + 1, i + 3);
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int fractionEnd = digitsEnd(s, i + 1);
                int digits = fractionEnd - i - 1;
                if (digits < 1 || digits > 9) {
                    return null;
                }
                nanos = number(s, i + 1, fractionEnd);
                for (int d = digits; d < 9; d++) {
                    nanos *= 10;
                }
                i = fractionEnd;
            }
        }
        i = spacesEnd(s, i);
        if (i + 1 < n && "AaPp".indexOf(s.charAt(i)) >= 0 && (s.charAt(i + 1) == 'M' || s.charAt(i + 1) == 'm')) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (s.charAt(i) == 'P' || s.charAt(i) == 'p' ? 12 : 0);
            i = spacesEnd(s, i + 2);
        }
        ZoneOffset offset = i < n ? offset(s, i) : null;
        if (i < n && offset == null || !CalendarFields.isTime(hour, minute, second, nanos)) {
            return null;
        }
        return new Parsed(date, LocalTime.of(hour, minute, second, nanos), offset);
    }

    /** {@code Z}, {@code UTC}, {@code GMT}, {@code +05:30} or {@code -0530} filling the rest of the text, or null. */
    private static ZoneOffset offset(String s, int i) {
        int length = s.length() - i;
        if (length == 1 && s.charAt(i) == 'Z' || length == 3 && (s.startsWith("UTC", i) || s.startsWith("GMT", i))) {
            return ZoneOffset.UTC;
        }
        char sign = s.charAt(i);
        if (sign != '+' && sign != '-' || length != 5 && !(length == 6 && s.charAt(i + 3) == ':')) {
            return null;
        }
        int hours = twoDigits(s, i + 1);
        int minutes = twoDigits(s, s.length() - 2);
        if (hours < 0 || minutes < 0) {
            return null;
        }
        if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
            return null;
        }
        return sign == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    private static boolean isIsoSeparator(char c) {
        return c == '-' || c == '/';
    }

    /** The index of the first character at or after {@code i} that is not an ASCII digit (all {@code \d} matches). */
    private static int digitsEnd(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The index of the first character at or after {@code i} that {@code \s} does not match. */
    private static int spacesEnd(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) >= '\t' && s.charAt(i) <= '\r')) {
            i++;
        }
        return i;
    }

    /** The number two ASCII digits at {@code i} make, or -1. */
    private static int twoDigits(String s, int i) {
        return digitsEnd(s, i) >= i + 2 ? number(s, i, i + 2) : -1;
    }

    /** The digits from {@code from} to {@code to}, at most nine of them. */
    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + s.charAt(i) - '0';
        }
        return value;
    }
}
