package dev.ingest.csv.cleaning;

import dev.ingest.csv.profile.DateOrder;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and timestamps in the forms exports use: ISO ({@code 2024-03-04}, {@code 2024-03-04T09:30:00Z}),
 * numeric with slashes, dashes or dots (month first or day first as the profile says; dots are always
 * day first), month names ({@code Mar 4, 2024}, {@code 4 March 2024}), a 12- or 24-hour time, and an
 * optional offset. A timestamp without an offset is in the profile's zone.
 */
public final class DateTimeCleaner {

    private static final String TIME = "(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*([AaPp][Mm])?"
            + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME);
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern MONTH_FIRST =
            Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?,?[\\s-]+(\\d{4})" + TIME);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private final ZoneInstants zone;
    private final DateOrder order;

    public DateTimeCleaner(ZoneId zone, DateOrder order) {
        this.zone = new ZoneInstants(zone);
        this.order = order;
    }

    /** A parsed value: its local date and time, and its offset when the text gave one. */
    record Parsed(LocalDate date, LocalTime time, ZoneOffset offset) {}

    public LocalDate date(String text) throws InvalidValue {
        Parsed parsed = parse(text, "date");
        if (parsed.time() != null && !parsed.time().equals(LocalTime.MIDNIGHT)) {
            throw new InvalidValue("'" + text + "' is a time of day, not a date");
        }
        return parsed.date();
    }

    public Instant timestamp(String text) throws InvalidValue {
        Parsed parsed = parse(text, "timestamp");
        LocalDateTime local = parsed.date().atTime(parsed.time() == null ? LocalTime.MIDNIGHT : parsed.time());
        return parsed.offset() != null ? local.toInstant(parsed.offset()) : zone.instant(local);
    }

    Parsed parse(String text, String what) throws InvalidValue {
        // Most values are numeric (2024-03-02 14:53:02, 3/13/2024 8:33 AM), and regex matching is costly: read
        // those by hand, and anything else or invalid with the patterns.
        Parsed parsed = NumericDateParser.parse(text, order);
        return parsed != null ? parsed : parseByPatterns(text, what);
    }

    Parsed parseByPatterns(String text, String what) throws InvalidValue {
        try {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                LocalDate date =
                        date(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), text, what);
                return withTime(date, m, 4, text, what);
            }
            m = NUMERIC.matcher(text);
            if (m.matches()) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(3));
                boolean dayFirst = order == DateOrder.EU || m.group(2).equals(".");
                LocalDate date = dayFirst
                        ? date(year(m.group(4)), second, first, text, what)
                        : date(year(m.group(4)), first, second, text, what);
                return withTime(date, m, 5, text, what);
            }
            m = MONTH_FIRST.matcher(text);
            if (m.matches()) {
                LocalDate date =
                        date(year(m.group(3)), month(m.group(1), text), Integer.parseInt(m.group(2)), text, what);
                return withTime(date, m, 4, text, what);
            }
            m = DAY_FIRST.matcher(text);
            if (m.matches()) {
                LocalDate date =
                        date(year(m.group(3)), month(m.group(2), text), Integer.parseInt(m.group(1)), text, what);
                return withTime(date, m, 4, text, what);
            }
        } catch (DateTimeException e) {
            throw notValid(text, what, e.getMessage());
        }
        throw new InvalidValue("'" + text + "' is not a " + what + " in a known form");
    }

    /** The date, checked first: see {@link CalendarFields} for why java.time is not left to throw. */
    private static LocalDate date(int year, int month, int day, String text, String what) throws InvalidValue {
        String problem = CalendarFields.dateProblem(year, month, day);
        if (problem != null) {
            throw notValid(text, what, problem);
        }
        return LocalDate.of(year, month, day);
    }

    private static InvalidValue notValid(String text, String what, String problem) {
        return new InvalidValue("'" + text + "' is not a valid " + what + " (" + problem + ")");
    }

    private static Parsed withTime(LocalDate date, Matcher m, int g, String text, String what) throws InvalidValue {
        if (m.group(g) == null) {
            return new Parsed(date, null, null);
        }
        int hour = Integer.parseInt(m.group(g));
        int minute = Integer.parseInt(m.group(g + 1));
        int second = m.group(g + 2) == null ? 0 : Integer.parseInt(m.group(g + 2));
        int nanos = m.group(g + 3) == null ? 0 : Integer.parseInt((m.group(g + 3) + "00000000").substring(0, 9));
        String meridiem = m.group(g + 4);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                throw new InvalidValue("'" + text + "' has hour " + hour + " with " + meridiem);
            }
            boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        String zoneText = m.group(g + 5);
        ZoneOffset offset = null;
        if (zoneText != null) {
            offset = switch (zoneText) {
                case "Z", "UTC", "GMT" -> ZoneOffset.UTC;
                default ->
                    ZoneOffset.of(
                            zoneText.length() == 5 ? zoneText.substring(0, 3) + ":" + zoneText.substring(3) : zoneText);
            };
        }
        String problem = CalendarFields.timeProblem(hour, minute, second, nanos);
        if (problem != null) {
            throw notValid(text, what, problem);
        }
        return new Parsed(date, LocalTime.of(hour, minute, second, nanos), offset);
    }

    private static int year(String text) {
        return fullYear(Integer.parseInt(text), text.length());
    }

    static int fullYear(int year, int digits) {
        // Two-digit years: 00-69 are this century, 70-99 the last, as spreadsheets read them.
        return digits == 2 ? year + (year < 70 ? 2000 : 1900) : year;
    }

    private static int month(String name, String text) throws InvalidValue {
        String lower = name.toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(lower.length() > 3 && !lower.equals("sept") ? lower.substring(0, 3) : lower);
        if (month == null) {
            throw new InvalidValue("'" + text + "' has no month called " + name);
        }
        return month;
    }
}
