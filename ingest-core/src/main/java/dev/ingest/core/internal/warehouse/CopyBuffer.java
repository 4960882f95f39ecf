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
        buffer[length] = (byte) (value >> 24);
        buffer[length + 1] = (byte) (value >> 16);
        buffer[length + 2] = (byte) (value >> 8);
        buffer[length + 3] = (byte) value;
        length += 4;
    }

    void putLong(long value) {
        putInt((int) (value >> 32));
        putInt((int) value);
    }

    int position() {
        return length;
    }

    /** Drops what was put since {@code position}. */
    void rewind(int position) {
        length = position;
    }

    void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    /**
     * Puts the string if it is plain ASCII without NUL, the common case, copying its chars without
     * allocating; room for its length must be ensured.
     *
     * @return whether it was put; if not, nothing was
     */
    boolean putAscii(String string) {
        // Locals, not the fields, in the loop: the compiler keeps them in registers.
        byte[] bytes = buffer;
        int at = length;
        int n = string.length();
        for (int i = 0; i < n; i++) {
            char c = string.charAt(i);
            if (c >= 0x80 || c == 0) {
                return false;
            }
            bytes[at + i] = (byte) c;
        }
        length = at + n;
        return true;
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
