package dev.ingest.csv.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The Unicode encodings a file's bytes show: the byte-order mark each may start with (UTF-32LE's is looked for before
 * UTF-16LE's, which starts it), and for the wide ones the places in each four bytes where their ASCII characters have
 * zero bytes, the 0 of {@code "i\0d\0"}, which tell them apart when a file has no mark.
 */
enum UnicodeEncoding {
    UTF_8(StandardCharsets.UTF_8, "UTF-8", new int[] {0xEF, 0xBB, 0xBF}, null),
    UTF_32LE(
            Charset.forName("UTF-32LE"),
            "UTF-32",
            new int[] {0xFF, 0xFE, 0x00, 0x00},
            "three bytes in four are NUL",
            false,
            true,
            true,
            true),
    UTF_32BE(
            Charset.forName("UTF-32BE"),
            "UTF-32",
            new int[] {0x00, 0x00, 0xFE, 0xFF},
            "three bytes in four are NUL",
            true,
            true,
            true,
            false),
    UTF_16LE(
            StandardCharsets.UTF_16LE,
            "UTF-16",
            new int[] {0xFF, 0xFE},
            "every other byte is NUL",
            false,
            true,
            false,
            true),
    UTF_16BE(
            StandardCharsets.UTF_16BE,
            "UTF-16",
            new int[] {0xFE, 0xFF},
            "every other byte is NUL",
            true,
            false,
            true,
            false);

    private final Charset charset;
    /** The charset that reads either byte order by the mark, as {@code --encoding UTF-16} names it. */
    private final String family;

    private final int[] mark;
    /** Where the zero bytes are, in words, or {@code null} for UTF-8, which has none. */
    private final String nulPattern;
    /** Which of each four bytes are zero for an ASCII character. */
    private final boolean[] nulPlaces;

    UnicodeEncoding(Charset charset, String family, int[] mark, String nulPattern, boolean... nulPlaces) {
        this.charset = charset;
        this.family = family;
        this.mark = mark;
        this.nulPattern = nulPattern;
        this.nulPlaces = nulPlaces;
    }

    /** The encoding whose byte-order mark {@code sample} starts with, or {@code null}. */
    static UnicodeEncoding byMark(byte[] sample) {
        for (UnicodeEncoding encoding : values()) {
            if (encoding.startsWithMark(sample)) {
                return encoding;
            }
        }
        return null;
    }

    /**
     * The wide encoding whose zero bytes {@code sample} (with no mark) has, or {@code null}: of its groups of four bytes,
     * a quarter or more have a NUL in each of the encoding's places, and under a tenth as many in the others.
     */
    static UnicodeEncoding byNulBytes(byte[] sample) {
        int[] nuls = new int[4];
        for (int i = 0; i < sample.length; i++) {
            nuls[i % 4] += sample[i] == 0 ? 1 : 0;
        }
        for (UnicodeEncoding encoding : values()) {
            if (encoding.nulPattern != null && encoding.hasNulsOf(nuls, sample.length / 4)) {
                return encoding;
            }
        }
        return null;
    }

    private boolean hasNulsOf(int[] nuls, int groups) {
        int fewestWhereNul = Integer.MAX_VALUE;
        int mostElsewhere = 0;
        for (int place = 0; place < 4; place++) {
            if (nulPlaces[place]) {
                fewestWhereNul = Math.min(fewestWhereNul, nuls[place]);
            } else {
                mostElsewhere = Math.max(mostElsewhere, nuls[place]);
            }
        }
        return fewestWhereNul * 4 >= groups && mostElsewhere * 10 < fewestWhereNul;
    }

    private boolean startsWithMark(byte[] sample) {
        if (sample.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((sample[i] & 0xff) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    Charset charset() {
        return charset;
    }

    int markLength() {
        return mark.length;
    }

    String nulPattern() {
        return nulPattern;
    }

    /** Whether a file with this encoding's mark is read as {@code given} says: given as this encoding, or its family. */
    boolean agrees(Charset given) {
        return given.equals(charset) || given.name().equalsIgnoreCase(family);
    }
}
