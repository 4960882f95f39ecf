package dev.ingest.core.internal.warehouse;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

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

    void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    /** Skips {@code bytes} bytes, to be written by {@link #putIntAt} once their value is known. */
    void skip(int bytes) {
        length += bytes;
    }

    void putIntAt(int position, int value) {
        buffer[position] = (byte) (value >> 24);
        buffer[position + 1] = (byte) (value >> 16);
        buffer[position + 2] = (byte) (value >> 8);
        buffer[position + 3] = (byte) value;
    }

    /**
     * Puts the string as {@link #utf8} gives it, encoding it straight into the buffer rather than into an array of its
     * own; room for three bytes a char must be ensured.
     *
     * @return the bytes put
     */
    int putUtf8(String string) {
        // Locals, not the fields, in the loop: the compiler keeps them in registers.
        byte[] bytes = buffer;
        int start = length;
        int at = start;
        for (int i = 0, n = string.length(); i < n; i++) {
            char c = string.charAt(i);
            if (c < 0x80) {
                if (c != 0) {
                    bytes[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xc0 | c >> 6);
                bytes[at++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                bytes[at++] = (byte) (0xe0 | c >> 12);
                bytes[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(charAfterNuls(string, i + 1))) {
                // The NULs between the halves are dropped, as utf8's removal of them before encoding joins the halves.
                while (string.charAt(++i) == 0) {}
                int codePoint = Character.toCodePoint(c, string.charAt(i));
                bytes[at++] = (byte) (0xf0 | codePoint >> 18);
                bytes[at++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
                bytes[at++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
                bytes[at++] = (byte) (0x80 | codePoint & 0x3f);
            } else {
                bytes[at++] = '?';
            }
        }
        length = at;
        return at - start;
    }

    /** The first char from {@code i} on that is not NUL, or NUL at the end. */
    private static char charAfterNuls(String string, int i) {
        while (i < string.length() && string.charAt(i) == 0) {
            i++;
        }
        return i < string.length() ? string.charAt(i) : 0;
    }

    /**
     * A string as PostgreSQL text takes it: UTF-8 (a lone surrogate as {@code ?}, as the JDBC driver
     * sends it), NUL dropped since text cannot hold it.
     */
    static byte[] utf8(String string) {
        return (string.indexOf('\0') < 0 ? string : string.replace("\0", "")).getBytes(StandardCharsets.UTF_8);
    }

    void flush() throws SQLException {
        copy.writeToCopy(buffer, 0, length);
        length = 0;
    }
}
