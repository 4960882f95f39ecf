package dev.ingest.csv.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream in a charset whose bytes below 0x80 are always those ASCII characters (UTF-8, ASCII,
 * ISO-8859-1, windows-1252) as {@link java.io.InputStreamReader} would with the same decoder, but copies each run of
 * ASCII bytes straight to chars, decodes UTF-8's two-byte characters itself, and hands only the runs of other bytes
 * to the decoder. The JDK's UTF-8 decoder leaves
 * its ASCII loop at a chunk's first accented letter and decodes the rest of the chunk byte by byte, and its stream
 * reader asks the file for its remaining length before each read; in an export where a name in a few hundred has an
 * accent, that was most of the cost of reading the file.
 *
 * <p>A run of non-ASCII bytes followed by an ASCII byte holds whole characters or malformed ones, never the start of
 * one that goes on, so it is decoded as a complete input; only a run that reaches the end of the bytes read so far
 * may continue in the next read, and its undecoded tail waits for it.
 */
final class AsciiRunReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final byte[] bytes;
    private final ByteBuffer byteView;
    /** The caller's chars as the decoder takes them, wrapped again only when the caller's array changes. */
    private CharBuffer charView = CharBuffer.allocate(0);

    private final boolean utf8;
    private int position;
    private int limit;
    private boolean endOfInput;
    /** The second char of a pair decoded for a caller who asked for one char only, or -1. */
    private int pending = -1;

    AsciiRunReader(InputStream in, CharsetDecoder decoder) {
        this(in, decoder, 1 << 16);
    }

    AsciiRunReader(InputStream in, CharsetDecoder decoder, int bufferBytes) {
        this.in = in;
        this.decoder = decoder;
        this.bytes = new byte[bufferBytes];
        this.byteView = ByteBuffer.wrap(bytes);
        this.utf8 = decoder.charset().equals(StandardCharsets.UTF_8);
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (pending >= 0) {
            chars[offset] = (char) pending;
            pending = -1;
            return 1;
        }
        if (length == 1) {
            // A character outside the BMP is two chars: decode into room for both and keep the second.
            char[] pair = new char[2];
            int n = read(pair, 0, 2);
            if (n == 2) {
                pending = pair[1];
            }
            if (n > 0) {
                chars[offset] = pair[0];
                return 1;
            }
            return n;
        }
        while (true) {
            int n = decode(chars, offset, offset + length);
            if (n > 0) {
                return n;
            }
            if (endOfInput) {
                return -1;
            }
            fill();
        }
    }

    /** Decodes what the buffer holds into {@code chars[from, to)}; returns how many chars, 0 when it needs more bytes. */
    private int decode(char[] chars, int from, int to) {
        byte[] b = bytes;
        int sp = position;
        int sl = limit;
        int dp = from;
        while (sp < sl && dp < to) {
            if (b[sp] >= 0) {
                int ascii = Math.min(sl - sp, to - dp);
                int end = sp;
                while (end < sp + ascii && b[end] >= 0) {
                    chars[dp++] = (char) b[end++];
                }
                sp = end;
                continue;
            }
            if (utf8) {
                // Two-byte characters (accented Latin letters, Greek, Cyrillic), the commonest in exports, decoded
                // here as the decoder would: a lead byte C2-DF and a continuation byte.
                while (sp + 1 < sl && dp < to) {
                    int lead = b[sp] & 0xff;
                    int next = b[sp + 1];
                    if (lead < 0xc2 || lead > 0xdf || (next & 0xc0) != 0x80) {
                        break;
                    }
                    chars[dp++] = (char) (((lead & 0x1f) << 6) | (next & 0x3f));
                    sp += 2;
                }
                if (sp == sl || dp == to || b[sp] >= 0) {
                    continue;
                }
            }
            int runEnd = sp + 1;
            while (runEnd < sl && b[runEnd] < 0) {
                runEnd++;
            }
            boolean complete = runEnd < sl || endOfInput;
            ByteBuffer run = byteView.limit(runEnd).position(sp);
            if (charView.array() != chars) {
                charView = CharBuffer.wrap(chars);
            }
            CharBuffer out = charView.limit(to).position(dp);
            CoderResult result = decoder.decode(run, out, complete);
            if (complete) {
                // What the run left undecoded, if the chars were full, is decoded again from the buffer.
                decoder.reset();
            }
            boolean progressed = run.position() > sp || out.position() > dp;
            sp = run.position();
            dp = out.position();
            if (!progressed || result.isOverflow()) {
                // Either a character's bytes continue past the buffer's end, or the chars are full.
                break;
            }
        }
        position = sp;
        return dp - from;
    }

    /** Moves any undecoded bytes to the buffer's start and reads more after them. */
    private void fill() throws IOException {
        int kept = limit - position;
        System.arraycopy(bytes, position, bytes, 0, kept);
        position = 0;
        limit = kept;
        int n;
        do {
            n = in.read(bytes, limit, bytes.length - limit);
        } while (n == 0);
        if (n < 0) {
            endOfInput = true;
        } else {
            limit += n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
