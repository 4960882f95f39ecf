package dev.ingest.csv.input;

import dev.ingest.core.spi.ConfigException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Refuses a file whose first block, decoded, is not text: one with control characters (NUL and the like; tabs and line
 * breaks are text) beyond a few stray ones is a binary file or text in another encoding, and importing it would load
 * garbage rather than reject a row. A few are let through: a NUL inside a field is a bad row, which the engine rejects.
 * UTF-16 or UTF-32 without a byte-order mark shows as NUL bytes in fixed places, so it is named, with the {@code --encoding}
 * to give.
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
        for (WideText wide : WideText.values()) {
            if (wide.matches(sample)) {
                throw new ConfigException("CSV file " + file + " looks like " + wide.encoding + " without a byte-order mark ("
                        + wide.pattern + "); give --encoding " + wide.encoding);
            }
        }
        throw new ConfigException(String.format(Locale.ROOT, "CSV file %s is not text: %,d of its first %,d characters are control "
                + "characters such as NUL; it looks like a binary file", file, controls, text.length()));
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    /**
     * Encodings whose ASCII characters show as NUL bytes in fixed places of each character: the 0 of {@code "i\0d\0"}.
     * A file matches when, of its sample's groups of four bytes, a quarter or more have a NUL in each of those places and
     * under a tenth as many in the others; UTF-32 is tried first, its places include UTF-16's.
     */
    private enum WideText {
        UTF_32LE("UTF-32LE", "three bytes in four are NUL", false, true, true, true),
        UTF_32BE("UTF-32BE", "three bytes in four are NUL", true, true, true, false),
        UTF_16LE("UTF-16LE", "every other byte is NUL", false, true, false, true),
        UTF_16BE("UTF-16BE", "every other byte is NUL", true, false, true, false);

        private final String encoding;
        private final String pattern;
        private final boolean[] nul;

        WideText(String encoding, String pattern, boolean... nul) {
            this.encoding = encoding;
            this.pattern = pattern;
            this.nul = nul;
        }

        boolean matches(byte[] sample) {
            int[] nuls = new int[4];
            for (int i = 0; i < sample.length; i++) {
                nuls[i % 4] += sample[i] == 0 ? 1 : 0;
            }
            int groups = sample.length / 4;
            int fewestWhereNul = Integer.MAX_VALUE;
            int mostElsewhere = 0;
            for (int place = 0; place < 4; place++) {
                if (nul[place]) {
                    fewestWhereNul = Math.min(fewestWhereNul, nuls[place]);
                } else {
                    mostElsewhere = Math.max(mostElsewhere, nuls[place]);
                }
            }
            return fewestWhereNul * 4 >= groups && mostElsewhere * 10 < fewestWhereNul;
        }
    }
}
