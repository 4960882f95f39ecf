package dev.ingest.csv.cleaning;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Emails, phone numbers, ZIP codes and US state codes. */
public final class ContactCleaners {

    private static final Pattern EMAIL = Pattern.compile(
            // The local part may hold any letter (RFC 6531 addresses such as josé@example.com); the domain is ASCII or
            // punycode.
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Set<String> STATES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP",
            "PR", "VI", "UM", "AA", "AE", "AP");
    /** The codes in {@link #STATES}, by (first letter - 'A') * 26 + (second letter - 'A'). */
    private static final boolean[] STATE_CODES = new boolean[26 * 26];

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    static {
        STATES.forEach(code -> STATE_CODES[(code.charAt(0) - 'A') * 26 + code.charAt(1) - 'A'] = true);
    }

    private ContactCleaners() {}

    /** Checks addresses by hand, regex matching being costly, and those with surrogates with the pattern. */
    public static String email(String text) throws InvalidValue {
        String email = text.toLowerCase(Locale.ROOT);
        if (EmailSyntax.hasSurrogates(email)) {
            return emailByPattern(text);
        }
        if (!EmailSyntax.matches(email)) {
            throw notAnEmail(text);
        }
        return email;
    }

    static String emailByPattern(String text) throws InvalidValue {
        String email = text.toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw notAnEmail(text);
        }
        return email;
    }

    private static InvalidValue notAnEmail(String text) {
        return new InvalidValue("'" + text + "' is not an email address");
    }

    /** E.164 ({@code +15125550123}), with an extension as {@code +15125550123;ext=12}. */
    public static ValueCleaner phone(String defaultRegion) {
        boolean nanp = PHONES.getCountryCodeForRegion(defaultRegion) == 1;
        RegionPatternsAtFirstUse patterns = new RegionPatternsAtFirstUse(defaultRegion);
        return text -> {
            long national = nanp ? nanpNationalNumber(text) : -1;
            RegionNumberPatterns region = national == -1 ? null : patterns.get();
            if (national > 0) {
                // Valid in the default region, else perhaps in another region of the plan.
                if (!(region != null && region.valid(Long.toString(national)))
                        && !PHONES.isValidNumber(
                                new PhoneNumber().setCountryCode(1).setNationalNumber(national))) {
                    throw notValid(text, defaultRegion);
                }
                return "+1" + national;
            }
            if (national < -1 && region != null && region.noNumberHasDigits((int) -national)) {
                throw notValid(text, defaultRegion);
            }
            return parsedPhone(text, defaultRegion);
        };
    }

    /**
     * A region's patterns, made when the first phone number is cleaned rather than when the cleaner is: an import plans
     * on one thread while its rows are cleaned on another, and making them takes the plan ~90 ms at a cold start.
     */
    private static final class RegionPatternsAtFirstUse {
        private final String region;
        private volatile boolean made;
        private RegionNumberPatterns patterns;

        RegionPatternsAtFirstUse(String region) {
            this.region = region;
        }

        /** The patterns, or null when they do not translate (see {@link RegionNumberPatterns#of}). */
        RegionNumberPatterns get() {
            if (!made) {
                synchronized (this) {
                    if (!made) {
                        patterns = RegionNumberPatterns.of(region);
                        made = true;
                    }
                }
            }
            return patterns;
        }
    }

    private static InvalidValue notValid(String text, String region) {
        return new InvalidValue("'" + text + "' is not a valid phone number for region " + region);
    }

    static String parsedPhone(String text, String defaultRegion) throws InvalidValue {
        PhoneNumber number;
        try {
            number = PHONES.parse(text, defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidValue("'" + text + "' is not a phone number");
        }
        if (!PHONES.isValidNumber(number)) {
            throw notValid(text, defaultRegion);
        }
        String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        return number.hasExtension() ? e164 + ";ext=" + number.getExtension() : e164;
    }

    /**
     * The 10-digit national number of a plainly written North American number ({@code (512) 555-0123},
     * {@code +1 512.555.0123}); minus the count of digits of one of 4 to 9 digits not starting with 0 (without a
     * {@code +} or the plan's {@code 011}, a national number or none); or -1 for anything else, which goes through
     * libphonenumber's full parser. Parsing is most of a phone's cleaning cost (a cold import's first few thousand bad
     * numbers cost a tenth of its cleaning), and most numbers in US exports look like this.
     */
    static long nanpNationalNumber(String text) {
        long digits = 0;
        int count = 0;
        boolean plus = false;
        boolean leadingZero = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 11) {
                    return -1;
                }
                leadingZero |= count == 1 && c == '0';
                digits = digits * 10 + (c - '0');
            } else if (c == '+' && count == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return -1;
            }
        }
        if (count == 11 && digits / 10_000_000_000L == 1) {
            return digits % 10_000_000_000L;
        }
        if (plus) {
            return -1;
        }
        if (count == 10) {
            return digits;
        }
        return count >= 4 && count <= 9 && !leadingZero ? -count : -1;
    }

    /**
     * {@code 02134}, {@code 02134-1234}; a 4-digit value is a ZIP whose leading zero a spreadsheet dropped.
     * Checked by hand rather than with a pattern, regex matching being costly.
     */
    public static String zip(String text) throws InvalidValue {
        int length = text.length();
        if (length == 4 && isDigits(text, 0, 4)) {
            return "0" + text;
        }
        if (length == 5 && isDigits(text, 0, 5)
                || length == 10 && text.charAt(5) == '-' && isDigits(text, 0, 5) && isDigits(text, 6, 10)) {
            return text;
        }
        if (length == 9 && isDigits(text, 0, 9)) {
            return text.substring(0, 5) + "-" + text.substring(5);
        }
        throw new InvalidValue("'" + text + "' is not a 5-digit ZIP or ZIP+4");
    }

    /** Whether the characters from {@code from} to {@code to} are ASCII digits, as {@code \d} matches them. */
    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static String state(String text) throws InvalidValue {
        // Non-ASCII text goes through toUpperCase and the set: it turns 'ﬂ' into "FL" and 'ı' into 'I'.
        if (text.length() == 2 && text.charAt(0) < 128 && text.charAt(1) < 128) {
            int first = letterIndex(text.charAt(0));
            int second = letterIndex(text.charAt(1));
            if (first >= 0 && second >= 0 && STATE_CODES[first * 26 + second]) {
                return text.toUpperCase(Locale.ROOT);
            }
            throw notAState(text);
        }
        return stateByUpperCase(text);
    }

    /** 0 to 25 for an ASCII letter of either case, else -1 (for an ASCII {@code c}). */
    private static int letterIndex(char c) {
        int index = (c | 0x20) - 'a';
        return index >= 0 && index < 26 ? index : -1;
    }

    static String stateByUpperCase(String text) throws InvalidValue {
        String code = text.toUpperCase(Locale.ROOT);
        if (!STATES.contains(code)) {
            throw notAState(text);
        }
        return code;
    }

    private static InvalidValue notAState(String text) {
        return new InvalidValue("'" + text + "' is not a US state code");
    }
}
