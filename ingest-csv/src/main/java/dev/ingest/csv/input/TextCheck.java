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

    private TextCheck() {}

    /**
     * @param sample the file's first bytes
     * @param text   what they decode to, past any byte-order mark
     */
    static void requireText(Path file, byte[] sample, String text) {
        long controls = text.chars().filter(TextCheck::isControl).count();
        if (controls <= STRAY || controls * ONE_IN <= text.length()) {
            return;
        }
        UnicodeEncoding wide = UnicodeEncoding.byNulBytes(sample);
        if (wide != null) {
            String name = wide.charset().name();
            throw new ConfigException("CSV file " + file + " looks like " + name + " without a byte-order mark ("
                    + wide.nulPattern() + "); give --encoding " + name);
        }
        throw new ConfigException(String.format(
                Locale.ROOT,
                "CSV file %s is not text: %,d of its first %,d characters are control "
                        + "characters such as NUL; it looks like a binary file",
                file,
                controls,
                text.length()));
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }
}
