package dev.ingest.csv.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.csv.profile.DateOrder;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths give exactly what the regex implementations they replace give: the same value, or an
 * {@link InvalidValue} with the same message, for hand-picked edge cases and many generated, mostly near-valid, texts.
 */
class FastPathsMatchPatternsTest {

    private static final int GENERATED = 100_000;

    private final Random random = new Random(20240302);

    /** The cleaner's value, or the message of what it threw. */
    private record Outcome(Object value, String error) {}

    private static Outcome outcome(ValueCleaner cleaner, String text) {
        try {
            return new Outcome(cleaner.clean(text), null);
        } catch (InvalidValue | RuntimeException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Asserts both cleaners agree on every text, and that enough texts were accepted for the check to mean something. */
    private static void assertSameOutcomes(List<String> texts, ValueCleaner fast, ValueCleaner old, int minAccepted) {
        int accepted = 0;
        for (String text : texts) {
            Outcome expected = outcome(old, text);
            assertThat(outcome(fast, text)).as("'%s'", text).isEqualTo(expected);
            accepted += expected.error() == null ? 1 : 0;
        }
        assertThat(accepted).as("accepted texts").isGreaterThanOrEqualTo(minAccepted);
    }

    private List<String> generated(Supplier<String> generator) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            String text = generator.get();
            texts.add(text);
            texts.add(mutated(text));
        }
        return texts;
    }

    /** The text with one character inserted, removed or replaced, to probe the edges of each form. */
    private String mutated(String text) {
        String noise = "0123456789 -/.:,+TZAPMapm@_\t\u00e9\u0663";
        char c = noise.charAt(random.nextInt(noise.length()));
        int at = random.nextInt(text.length() + 1);
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + c + text.substring(at);
            case 1 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
            default -> at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text + c;
        };
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String digits(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    /** A number from min to max, or now and then just outside, written with one to three digits, sometimes zero-padded. */
    private String field(int min, int max) {
        int value =
                random.nextInt(10) == 0 ? min - 1 + random.nextInt(max - min + 3) : min + random.nextInt(max - min + 1);
        return random.nextInt(4) == 0 ? "0" + value : random.nextInt(20) == 0 ? "00" + value : String.valueOf(value);
    }

    // Dates and timestamps

    private static final List<String> DATES = List.of(
            "2024-03-02 14:53:02",
            "3/13/2024 8:33 AM",
            "2024-03-04",
            "2024/3/4",
            "2024-3/4",
            "3/4/2024",
            "03-04-24",
            "4.3.2024",
            "04/03/2024",
            "2024-02-29",
            "2023-02-29",
            "2024-02-30",
            "2/30/2024",
            "2/29/2023",
            "2/29/2000",
            "2/29/1900",
            "2/29/00",
            "13/13/2024",
            "0/1/2024",
            "1/0/2024",
            "12/31/69",
            "1/1/70",
            "1/1/99",
            "1/1/0024",
            "0000-01-01",
            "9999-12-31",
            "3/4/2024 12:00:00 AM",
            "3/4/2024 12:00 PM",
            "3/4/2024 0:30 AM",
            "3/4/2024 13:00 PM",
            "3/4/2024 12:05 am",
            "3/4/2024 9:30 Pm",
            "3/4/2024 9:30pM",
            "3/4/2024 9:30PM",
            "3/4/2024 9:30 \t PM \t Z",
            "3/4/2024 24:00",
            "2024-03-04 25:00",
            "2024-03-04 23:60",
            "2024-03-04 23:59:60",
            "2024-03-04 23:59:59.999999999",
            "2024-03-04T09:30:00Z",
            "2024-03-04T09:30:00z",
            "2024-03-04 09:30:15.250+02:00",
            "2024-03-04 09:30+0530",
            "2024-03-04 09:30 +05:30",
            "2024-03-04 09:30 -08:00",
            "2024-03-04 09:30 UTC",
            "2024-03-04 09:30 GMT",
            "2024-03-04 09:30 utc",
            "2024-03-04 09:30 +18:00",
            "2024-03-04 09:30 -18:00",
            "2024-03-04 09:30 +18:01",
            "2024-03-04 09:30 +19:00",
            "2024-03-04 09:30 +05:60",
            "2024-03-04 09:30 -00:00",
            "2024-03-04 09:30 +5:30",
            "2024-03-04 09:30 +05:3",
            "2024-03-04 09:30 +05030",
            "2024-03-04 09:30 AM +05:30",
            "2024-03-04 09:30:01,5",
            "2024-03-04 09:30:01.1234567890",
            "2024-03-04 09:30:01.",
            "2024-03-04 09:30.5",
            "2024-03-04TT 9:30",
            "2024-03-04 9:3",
            "2024-03-04 123:00",
            "2024-03-04 ",
            "2024-03-04T",
            "2024-03-045",
            "20240-3-4",
            "3/4/202",
            "3/4-2024",
            "3.4/2024",
            "3.4.24 18:00",
            "3-4-2024 18:00",
            "03/04/2024 00:00 AM",
            "1/1/2024 12:00 AM",
            "2024-03-10 02:30",
            "2024-11-03 01:30",
            "2024-03-31 02:30",
            "2024-10-27 02:30",
            "Mar 4, 2024",
            "March 4th 2024 9:30 PM",
            "4 March 2024",
            "04-Mar-2024",
            "Foo 4, 2024",
            "next tuesday",
            "",
            "2024",
            "1/2",
            "\u0662\u0660\u0662\u0664-03-04",
            "2024-03-04 09:30 \u00a0PM");

    private String generatedDate() {
        String date = switch (random.nextInt(3)) {
            case 0 ->
                digits(random.nextInt(10) == 0 ? 3 + 2 * random.nextInt(2) : 4)
                        + pick("-", "/", "-", ".")
                        + field(1, 12)
                        + pick("-", "/", "-", " ")
                        + field(1, 31);
            default -> {
                String sep = pick("/", "-", ".", "/");
                yield field(1, 12)
                        + sep
                        + field(1, 31)
                        + (random.nextInt(20) == 0 ? pick("/", "-", ".") : sep)
                        + digits(pick(4, 4, 2, 3, 1, 5));
            }
        };
        if (random.nextInt(4) == 0) {
            return date;
        }
        String time = pick("T", " ", " ", "T ", "  ", "") + field(0, 23) + ":" + digits(pick(2, 2, 2, 1, 3))
                + (random.nextBoolean() ? "" : ":" + digits(pick(2, 2, 1)))
                + (random.nextInt(3) == 0 ? pick(".", ",") + digits(random.nextInt(11)) : "");
        String meridiem = random.nextBoolean()
                ? ""
                : pick(" ", "", "\t", "  ") + pick("AM", "PM", "am", "pm", "Am", "pM", "A", "PX");
        String offset = random.nextBoolean()
                ? ""
                : pick(" ", "", "  ")
                        + (random.nextBoolean()
                                ? pick("Z", "UTC", "GMT", "z", "Utc")
                                : pick("+", "-") + field(0, 18) + pick(":", "", ":", ";") + field(0, 59));
        return date + time + meridiem + offset;
    }

    private int pick(int... choices) {
        return choices[random.nextInt(choices.length)];
    }

    @Test
    void numericDatesParseAsThePatternsParseThem() {
        List<String> texts = new ArrayList<>(DATES);
        texts.addAll(generated(this::generatedDate));
        for (ZoneId zone : List.of(ZoneId.of("America/Chicago"), ZoneId.of("Europe/Paris"), ZoneId.of("UTC"))) {
            for (DateOrder order : DateOrder.values()) {
                DateTimeCleaner cleaner = new DateTimeCleaner(zone, order);
                for (String what : List.of("date", "timestamp")) {
                    assertSameOutcomes(
                            texts,
                            text -> cleaner.parse(text, what),
                            text -> cleaner.parseByPatterns(text, what),
                            GENERATED / 20);
                }
            }
        }
    }

    // Emails

    private static final List<String> EMAILS = List.of(
            "bob@example.com",
            "Bob.Smith+crm@Example.COM",
            "BOB@EXAMPLE.COM",
            "bob@",
            "@example.com",
            "bob@@example.com",
            "bob..x@example.com",
            ".bob@example.com",
            "bob.@example.com",
            "bob@.example.com",
            "bob@example..com",
            "bob@example.com.",
            "bob@-example.com",
            "bob@example-.com",
            "bob@ex-ample.com",
            "bob@ex--ample.com",
            "bob@example.c",
            "bob@example.co",
            "bob@example.c0m",
            "bob@123.com",
            "bob@example",
            "bob@a.b.c.d.museum",
            "a@b.cd",
            "!#$%&'*+/=?^_`{|}~-@example.com",
            "bob smith@example.com",
            "bob\"@example.com",
            "bob@exa_mple.com",
            "bob@" + "a".repeat(63) + ".com",
            "bob@" + "a".repeat(64) + ".com",
            "bob@example." + "a".repeat(63),
            "bob@example." + "a".repeat(64),
            "José.García@example.com",
            "JOSÉ@EXAMPLE.COM",
            "josé@exámple.com",
            "İlker@example.com",
            "\u212Aelvin@example.com",
            "bob@\u212Aelvin.com",
            "bob@example.\u212Aom",
            "ß@example.com",
            "a\u0663@example.com",
            "über..x@example.com",
            "bob@exam\u00a0ple.com",
            "bob@example.com\n",
            "",
            "@",
            ".",
            "\u4e2d\u6587@example.com",
            "\u216b\u00b2\u01c5\u02b0@example.com",
            "e\u0301@example.com",
            "\ud83d\ude00@example.com",
            "\ud835\udfd8@example.com",
            "a\ud800@example.com",
            "bob@\ud835\udfd8.com",
            "b\u00e9b@ex\u00e9mple.com",
            "bob@example.\u00e9s");

    private String generatedEmail() {
        String atoms =
                "abcxyzABCXYZ0189!#$%&'*+/=?^_`{|}~-\u00e9\u00c9\u00df\u0130\u00b2\u0663\u01c5\u02b0\u4e2d\u216b\u0301\u00a0\u212a\u00d7";
        StringBuilder s = new StringBuilder(random.nextInt(10) == 0 ? "." : "");
        for (int atom = random.nextInt(3); atom >= 0; atom--) {
            for (int i = random.nextInt(random.nextInt(10) == 0 ? 4 : 8); i >= 0; i--) {
                s.append(atoms.charAt(random.nextInt(atoms.length())));
            }
            s.append(atom > 0 ? pick(".", ".", ".", "..") : random.nextInt(10) == 0 ? "." : "");
        }
        s.append(random.nextInt(30) == 0 ? "@@" : "@");
        String label = "abcxyzABCXYZ0189-";
        for (int part = random.nextInt(3); part >= 0; part--) {
            int length = random.nextInt(10) == 0 ? 60 + random.nextInt(6) : random.nextInt(8);
            for (int i = 0; i < length; i++) {
                s.append(label.charAt(random.nextInt(label.length())));
            }
            s.append(random.nextInt(20) == 0 ? ".." : ".");
        }
        int tld = random.nextInt(10) == 0 ? 62 + random.nextInt(4) : random.nextInt(6);
        for (int i = 0; i < tld; i++) {
            s.append("comCOMx1".charAt(random.nextInt(8)));
        }
        return s.toString();
    }

    @Test
    void emailsAreCheckedAsThePatternChecksThem() {
        List<String> texts = new ArrayList<>(EMAILS);
        texts.addAll(generated(this::generatedEmail));
        assertSameOutcomes(texts, ContactCleaners::email, ContactCleaners::emailByPattern, 5_000);
    }

    // ZIP codes and states

    /** The ZIP cleaner as it was, with its pattern. */
    private static final Pattern ZIP = Pattern.compile("(\\d{5})(?:-?(\\d{4}))?");

    private static String zipByPattern(String text) throws InvalidValue {
        String s = text.length() == 4 && text.chars().allMatch(Character::isDigit) ? "0" + text : text;
        var m = ZIP.matcher(s);
        if (!m.matches()) {
            throw new InvalidValue("'" + text + "' is not a 5-digit ZIP or ZIP+4");
        }
        return m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2);
    }

    @Test
    void zipsAreCheckedAsThePatternChecksThem() {
        List<String> texts = new ArrayList<>(List.of(
                "02134",
                "2134",
                "021341234",
                "02134-1234",
                "2134-12",
                "02134-123",
                "02134 1234",
                "02134--1234",
                "0213-41234",
                "213",
                "0213412345",
                "\u0662\u0661\u0663\u0664",
                "0\u0662\u0661\u0663\u0664",
                "02134-\u0661234",
                "",
                "-",
                "abcde"));
        texts.addAll(generated(() -> {
            StringBuilder s = new StringBuilder();
            for (int i = pick(3, 4, 4, 5, 5, 9, 10, 11); i > 0; i--) {
                s.append(i == 5 && random.nextBoolean() ? '-' : (char) ('0' + random.nextInt(10)));
            }
            return s.toString();
        }));
        assertSameOutcomes(texts, ContactCleaners::zip, FastPathsMatchPatternsTest::zipByPattern, 50_000);
    }

    @Test
    void statesAreCheckedAsTheSetChecksThem() {
        List<String> texts = new ArrayList<>(List.of(
                "tx",
                "TX",
                "Tx",
                "XX",
                "",
                "T",
                "TXX",
                "\ufb02",
                "\u0131d",
                "\u017fc",
                "t\u0131",
                "\u00df",
                "\u01c5",
                "T\u0307X"));
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            texts.add(String.valueOf(c));
        }
        for (char a = 0; a < 256; a++) {
            for (char b = 0; b < 256; b++) {
                texts.add(String.valueOf(a) + b);
            }
        }
        assertSameOutcomes(texts, ContactCleaners::state, ContactCleaners::stateByUpperCase, 59 * 4);
    }
}
