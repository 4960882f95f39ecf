package dev.ingest.csv.cleaning;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** Whole numbers, decimals, money and booleans as spreadsheets write them. */
public final class NumberCleaners {

    private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "0");

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
