package dev.ingest.csv.cleaning;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** Whole numbers, decimals, money and booleans as spreadsheets write them. */
public final class NumberCleaners {

    private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "0");

    /**
     * The cleaner of whole numbers, {@link #integer}, as the one instance {@link Cleaners} hands out, so that a reader
     * of undecoded bytes can tell it and read the plainest values itself with {@link #plainInteger}.
     */
    public static final ValueCleaner INTEGER = NumberCleaners::integer;

    /** What {@link #plainInteger} gives for bytes that are not a plain integer; no plain integer is it. */
    public static final long NOT_PLAIN = Long.MIN_VALUE;

    /** Digits {@link #plainInteger} reads at most: fewer than a long overflows at. */
    private static final int PLAIN_DIGITS = 18;

    private NumberCleaners() {}

    public static Long integer(String text) throws InvalidValue {
        String digits = text.indexOf(',') >= 0 ? text.replace(",", "") : text;
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException e) {
            try {
                // Spreadsheets write whole numbers as 12.0.
                return new BigDecimal(digits).longValueExact();
            } catch (NumberFormatException | ArithmeticException again) {
                throw new InvalidValue("'" + text + "' is not a whole number");
            }
        }
    }

    /**
     * The value {@link #integer} gives for the ASCII text {@code bytes} holds from {@code from} to {@code to} when
     * that text is a plain integer, at most 18 digits after an optional minus sign ({@code 0101} is 101), read without
     * a string; {@link #NOT_PLAIN} for any other text (a space, a comma, a decimal point, more digits, none), which
     * only {@link #integer} reads.
     */
    public static long plainInteger(byte[] bytes, int from, int to) {
        boolean negative = from < to && bytes[from] == '-';
        int i = negative ? from + 1 : from;
        if (i == to || to - i > PLAIN_DIGITS) {
            return NOT_PLAIN;
        }
        long value = 0;
        for (; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return NOT_PLAIN;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    public static BigDecimal decimal(String text) throws InvalidValue {
        try {
            return new BigDecimal(text.indexOf(',') >= 0 ? text.replace(",", "") : text);
        } catch (NumberFormatException e) {
            throw new InvalidValue("'" + text + "' is not a number");
        }
    }

    /** {@code $1,234.50}, {@code -$5}, {@code (12.00)} for minus twelve, {@code 1234.5 USD}. */
    public static BigDecimal money(String text) throws InvalidValue {
        String s = text;
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1).strip();
        }
        if (s.endsWith("USD")) {
            s = s.substring(0, s.length() - 3).strip();
        }
        if (!s.isEmpty() && "$€£".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1);
        }
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) && s.charAt(0) != '.') {
            throw new InvalidValue("'" + text + "' is not an amount of money");
        }
        try {
            BigDecimal amount = new BigDecimal(s.replace(",", ""));
            return negative ? amount.negate() : amount;
        } catch (NumberFormatException e) {
            throw new InvalidValue("'" + text + "' is not an amount of money");
        }
    }

    public static Boolean bool(String text) throws InvalidValue {
        String s = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(s)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(s)) {
            return Boolean.FALSE;
        }
        throw new InvalidValue("'" + text + "' is not yes/no, true/false, Y/N or 1/0");
    }
}
