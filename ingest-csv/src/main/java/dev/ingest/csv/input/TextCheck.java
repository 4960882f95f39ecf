package dev.ingest.csv.input;

import dev.ingest.core.spi.ConfigException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Refuses a file whose first block, decoded, is not text: one with control characters (NUL and the like; tabs and line
 * breaks are text) beyond a few stray ones is a binary file or text in another encoding, and importing it would load
 * garbage rather than reject a row. A few are let through: a NUL inside a field is a bad row, which the engine rejects.
 * UTF-16 without a byte-order mark shows as a NUL in every other byte, so it is named, with the {@code --encoding} to give.
 */
final class TextCheck {

    /** Control characters let through in any file: a few bad fields. */
    private static final int STRAY = 8;
    /** Beyond the stray ones, the share of control characters (1 in this many characters) that makes a file binary. */
    private static final int ONE_IN = 100;

    private TextCheck() {
    }

    /**
     * @param sample the file's first bytes
     * @param text   what they decode to, past any byte-order mark
     */
    static void requireText(Path file, byte[] sample, String text) {
        long controls = text.chars().filter(TextCheck::isControl).count();
        if (controls <= STRAY || controls * ONE_IN <= text.length()) {
            return;
        }
        String utf16 = utf16WithoutMark(sample);
        if (utf16 != null) {
            throw new ConfigException("CSV file " + file + " looks like " + utf16 + " without a byte-order mark (every other byte is NUL); "
                    + "give --encoding " + utf16);
        }
        throw new ConfigException(String.format(Locale.ROOT, "CSV file %s is not text: %,d of its first %,d characters are control "
                + "characters such as NUL; it looks like a binary file", file, controls, text.length()));
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    /**
     * {@code "UTF-16LE"} when a quarter of the sample's byte pairs or more end in a NUL and few start with one (the ASCII
     * characters of UTF-16LE text), {@code "UTF-16BE"} for the reverse, else {@code null}.
     */
    private static String utf16WithoutMark(byte[] sample) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i + 1 < sample.length; i += 2) {
            even += sample[i] == 0 ? 1 : 0;
            odd += sample[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample.length / 2;
        if (odd * 4 >= pairs && even * 10 < odd) {
            return "UTF-16LE";
        }
        if (even * 4 >= pairs && odd * 10 < even) {
            return "UTF-16BE";
        }
        return null;
    }
}
