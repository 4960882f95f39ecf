package dev.ingest.genius.streams;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The bytes of a latin1 column, as stored. Old PHP applications often wrote UTF-8 through a latin1
 * connection, so such a column holds a mix: UTF-8 bytes (shown as "JosÃ©" if read as latin1) and true
 * latin1 bytes. Valid UTF-8 is taken as UTF-8, which repairs the first; otherwise the bytes are read as
 * Windows-1252 (what MySQL calls latin1); bytes that are neither are left undecoded for rejection.
 */
public final class SourceText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SourceText() {}

    /** The text of {@code bytes}, or {@code null} when they are neither UTF-8 nor Windows-1252. */
    public static String decode(byte[] bytes) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        String text = strict(bytes, StandardCharsets.UTF_8);
        return text != null ? text : strict(bytes, WINDOWS_1252);
    }

    /** Why {@code bytes} could not be decoded, naming the first byte that is no Windows-1252 character. */
    public static String describeUndecodable(byte[] bytes) {
        int at = 0;
        while (at < bytes.length && strict(new byte[] {bytes[at]}, WINDOWS_1252) != null) {
            at++;
        }
        String where =
                at < bytes.length ? " (byte 0x" + HexFormat.of().toHexDigits(bytes[at]) + " at offset " + at + ")" : "";
        return "text is neither valid UTF-8 nor Windows-1252" + where + "; raw bytes "
                + HexFormat.of().formatHex(bytes);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes without exceptions: a latin1 site has many non-UTF-8 values, and a thrown exception per value is slow. */
    private static String strict(byte[] bytes, Charset charset) {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes), out, true);
        return result.isError() ? null : out.flip().toString();
    }
}
