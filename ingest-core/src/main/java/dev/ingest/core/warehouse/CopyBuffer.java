package dev.ingest.core.warehouse;

import org.postgresql.copy.CopyIn;

import java.sql.SQLException;

/**
 * The bytes of one COPY, gathered in a reused buffer and sent whenever it fills. Writers reserve room
 * for a whole value first ({@link #ensure}), then put bytes without further checks.
 */
final class CopyBuffer {

    private static final int BUFFER_BYTES = 1 << 16;

    private final CopyIn copy;
    private byte[] buffer = new byte[BUFFER_BYTES];
    private int length;

    CopyBuffer(CopyIn copy) {
        this.copy = copy;
    }

    /** Makes room for {@code bytes} more bytes, sending what is gathered if needed; grows for a value larger than the buffer. */
    void ensure(int bytes) throws SQLException {
        if (length + bytes > buffer.length) {
            flush();
            if (bytes > buffer.length) {
                buffer = new byte[bytes];
            }
        }
    }

    void put(int b) {
        buffer[length++] = (byte) b;
    }

    void putShort(int value) {
        put(value >> 8);
        put(value);
    }

    void putInt(int value) {
        putIntAt(length, value);
        length += 4;
    }

    void putLong(long value) {
        putInt((int) (value >> 32));
        putInt((int) value);
    }

    int position() {
        return length;
    }

    void putIntAt(int position, int value) {
        buffer[position] = (byte) (value >> 24);
        buffer[position + 1] = (byte) (value >> 16);
        buffer[position + 2] = (byte) (value >> 8);
        buffer[position + 3] = (byte) value;
    }

    /** Room a string needs at most, as UTF-8 or escaped COPY text: three bytes a char. */
    static int maxBytes(String string) {
        return 3 * string.length();
    }

    /** A code point as UTF-8. */
    void codePoint(int cp) {
        if (cp < 0x80) {
            put(cp);
        } else if (cp < 0x800) {
            put(0xC0 | cp >> 6);
            put(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            put(0xE0 | cp >> 12);
            put(0x80 | (cp >> 6 & 0x3F));
            put(0x80 | (cp & 0x3F));
        } else {
            put(0xF0 | cp >> 18);
            put(0x80 | (cp >> 12 & 0x3F));
            put(0x80 | (cp >> 6 & 0x3F));
            put(0x80 | (cp & 0x3F));
        }
    }

    /**
     * The non-ASCII char at {@code i} as UTF-8, a surrogate pair as one code point, a lone surrogate as U+FFFD.
     *
     * @return the index of the last char consumed
     */
    int nonAscii(String string, int i) {
        char c = string.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < string.length() && Character.isLowSurrogate(string.charAt(i + 1))) {
            codePoint(Character.toCodePoint(c, string.charAt(i + 1)));
            return i + 1;
        }
        codePoint(Character.isSurrogate(c) ? 0xFFFD : c);
        return i;
    }

    void flush() throws SQLException {
        copy.writeToCopy(buffer, 0, length);
        length = 0;
    }
}
