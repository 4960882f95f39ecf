package dev.ingest.csv.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte-order marks a file may start with, each naming its encoding; UTF-32LE's is looked for before UTF-16LE's, which starts it. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, "UTF-8", 0xEF, 0xBB, 0xBF),
    UTF_32LE(Charset.forName("UTF-32LE"), "UTF-32", 0xFF, 0xFE, 0x00, 0x00),
    UTF_32BE(Charset.forName("UTF-32BE"), "UTF-32", 0x00, 0x00, 0xFE, 0xFF),
    UTF_16LE(StandardCharsets.UTF_16LE, "UTF-16", 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, "UTF-16", 0xFE, 0xFF);

    private final Charset charset;
    /** The charset that reads either byte order by this mark, as {@code --encoding UTF-16} names it. */
    private final String family;
    private final int[] bytes;

    ByteOrderMark(Charset charset, String family, int... bytes) {
        this.charset = charset;
        this.family = family;
        this.bytes = bytes;
    }

    /** The mark {@code sample} starts with, or {@code null}. */
    static ByteOrderMark of(byte[] sample) {
        for (ByteOrderMark mark : values()) {
            if (mark.starts(sample)) {
                return mark;
            }
        }
        return null;
    }

    private boolean starts(byte[] sample) {
        if (sample.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((sample[i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return bytes.length;
    }

    /** Whether a file with this mark is read as {@code given} says: given as this mark's encoding, or its family's. */
    boolean agrees(Charset given) {
        return given.equals(charset) || given.name().equalsIgnoreCase(family);
    }
}
