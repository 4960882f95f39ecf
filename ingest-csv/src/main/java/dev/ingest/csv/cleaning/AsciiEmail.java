package dev.ingest.csv.cleaning;

/**
 * {@link ContactCleaners}' email pattern checked by hand for all-ASCII text, because regex matching was a large part
 * of an import's CPU: dot-separated atoms, {@code @}, then dot-separated labels of 1-63 letters, digits and inner
 * hyphens, and a top-level domain of 2-63 letters. Text with other characters goes through the pattern itself.
 */
final class AsciiEmail {

    /** The ASCII characters of the pattern's atom class: letters, digits ({@code \p{L}\p{N}}) and the symbols. */
    private static final boolean[] ATOM = new boolean[128];

    static {
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-".chars().forEach(c -> ATOM[c] = true);
    }

    private AsciiEmail() {
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Whether a lower-cased ASCII text matches the pattern. */
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
            if (c == '.' ? atomStart : !ATOM[c]) {
                return false;
            }
            atomStart = c == '.';
        }
        return !atomStart;
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
