package dev.ingest.csv.cleaning;

/**
 * {@link ContactCleaners}' email pattern checked by hand, because regex matching was a large part of an import's CPU:
 * dot-separated atoms of letters and digits in any script and ASCII symbols, {@code @}, then dot-separated labels of
 * 1-63 ASCII letters, digits and inner hyphens, and a top-level domain of 2-63 letters. Text with surrogates
 * (characters beyond the BMP) goes through the pattern itself, which reads them as code points.
 */
final class EmailSyntax {

    /** The ASCII characters of the pattern's atom class: letters, digits ({@code \p{L}\p{N}}) and the symbols. */
    private static final boolean[] ATOM = new boolean[128];

    static {
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-"
                .chars()
                .forEach(c -> ATOM[c] = true);
    }

    /** The character types {@code \p{L}} and {@code \p{N}} match, as the pattern tests them: by Character.getType. */
    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER
            | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER
            | 1 << Character.MODIFIER_LETTER
            | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER
            | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;

    private EmailSyntax() {}

    static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-cased text without surrogates matches the pattern. */
    static boolean matches(String s) {
        int at = s.indexOf('@');
        if (at < 0 || !isDottedAtoms(s, at)) {
            return false;
        }
        int start = at + 1;
        for (int dot = s.indexOf('.', start); dot >= 0; dot = s.indexOf('.', start)) {
            if (!isLabel(s, start, dot)) {
                return false;
            }
            start = dot + 1;
        }
        return start > at + 1 && isTopLevelDomain(s, start);
    }

    /** Whether the text up to {@code end} is atoms joined by single dots. */
    private static boolean isDottedAtoms(String s, int end) {
        boolean atomStart = true;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.' ? atomStart : !isAtomChar(c)) {
                return false;
            }
            atomStart = c == '.';
        }
        return !atomStart;
    }

    private static boolean isAtomChar(char c) {
        return c < 128 ? ATOM[c] : (LETTER_OR_NUMBER >> Character.getType(c) & 1) != 0;
    }

    /** {@code [a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?}, from {@code start} to {@code end}. */
    private static boolean isLabel(String s, int start, int end) {
        if (end - start < 1 || end - start > 63 || s.charAt(start) == '-' || s.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [a-z]{2,63}}, from {@code start} to the end. */
    private static boolean isTopLevelDomain(String s, int start) {
        if (s.length() - start < 2 || s.length() - start > 63) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }
}
