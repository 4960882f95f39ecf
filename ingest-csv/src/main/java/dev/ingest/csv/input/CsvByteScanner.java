package dev.ingest.csv.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Finds the records of a byte range of a CSV file as {@link CsvParser} finds them, but in the bytes, undecoded: in the
 * charsets {@link CsvFile#lineCuts} cuts, a byte below 0x80 is that ASCII character and no byte of a longer character
 * is, so quotes, delimiters and line breaks show in the bytes as they are. Each record is handed over as a
 * {@link ScannedRecord}, a view of the buffer in which only the wanted fields have values (the others are null, as the
 * parser makes them) and an unquoted value is made only when asked for, for the repeated-key pass, which reads the
 * whole file before the import can start. What it would have to read differently from the parser it declines, and the
 * caller runs the parser instead: a wanted value that is not ASCII, a record longer than
 * {@link CsvParser#MAX_RECORD_CHARS} bytes (the parser may take such a quoted field for a quote never closed), a range
 * that ends inside a quoted field.
 */
final class CsvByteScanner {

    /** Room for the longest record scanned, twice over, so a record cut by the buffer's end fits once moved to its start. */
    static final int BUFFER_BYTES = 2 * CsvParser.MAX_RECORD_CHARS;

    private static final int INCOMPLETE = -1;
    private static final int DECLINED = -2;

    private final FileChannel channel;
    private final byte delimiter;
    private final boolean[] wanted;
    private final byte[] buffer;
    private final ScannedRecord scanned;
    /** The file offset of the byte after the buffer's last, and the offset where the range ends. */
    private long next;

    private final long end;
    private int limit;
    /** Whether the buffer holds the range's last byte, so that its end is the end of the input. */
    private boolean atEnd;

    private long line = 1;

    private CsvByteScanner(FileChannel channel, long from, long to, char delimiter, boolean[] wanted, int bufferBytes) {
        this.buffer = new byte[bufferBytes];
        this.channel = channel;
        this.next = from;
        this.end = to;
        this.delimiter = (byte) delimiter;
        this.wanted = wanted;
        this.scanned = new ScannedRecord(buffer, wanted);
    }

    /**
     * Hands each record of the bytes from {@code from} (a line start) to {@code to} to {@code records}, the first
     * skipped when {@code header}; the record is reused once it returns.
     *
     * @return the line the range ends on, as {@link CsvParser#line()} would give it, or -1 when the range is declined
     *         (some records may have been handed over already)
     */
    static long scan(
            FileChannel channel,
            long from,
            long to,
            char delimiter,
            boolean[] wanted,
            boolean header,
            Consumer<ScannedRecord> records)
            throws IOException {
        return scan(channel, from, to, delimiter, wanted, header, records, BUFFER_BYTES);
    }

    /** {@link #scan} through a buffer of {@code bufferBytes}; a record that does not fit is declined. */
    static long scan(
            FileChannel channel,
            long from,
            long to,
            char delimiter,
            boolean[] wanted,
            boolean header,
            Consumer<ScannedRecord> records,
            int bufferBytes)
            throws IOException {
        if (delimiter >= 0x80 || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            return -1;
        }
        return new CsvByteScanner(channel, from, to, delimiter, wanted, bufferBytes).scan(header, records);
    }

    private long scan(boolean header, Consumer<ScannedRecord> records) throws IOException {
        boolean skip = header;
        int p = 0;
        fill();
        while (true) {
            if (p == limit) {
                if (atEnd) {
                    return line;
                }
                p = refill(p);
                continue;
            }
            int after = blankLine(p);
            if (after == INCOMPLETE) {
                if (p == 0) {
                    return -1;
                }
                p = refill(p);
                continue;
            }
            if (after > p) {
                p = after;
                continue;
            }
            long startLine = line;
            after = record(p);
            if (after == DECLINED) {
                return -1;
            }
            if (after == INCOMPLETE) {
                // Too long for the parser to be sure to take it as this does, or for the buffer once moved to its
                // start.
                if (limit - p > CsvParser.MAX_RECORD_CHARS || p == 0) {
                    return -1;
                }
                p = refill(p);
                continue;
            }
            if (after - p > CsvParser.MAX_RECORD_CHARS) {
                return -1;
            }
            if (!skip) {
                scanned.startsOn(startLine);
                records.accept(scanned);
            }
            skip = false;
            p = after;
        }
    }

    /** The offset after the line break at {@code p} (counted), {@code p} when there is none, or INCOMPLETE. */
    private int blankLine(int p) {
        byte b = buffer[p];
        if (b == '\n') {
            line++;
            return p + 1;
        }
        if (b == '\r') {
            if (p + 1 == limit && !atEnd) {
                return INCOMPLETE;
            }
            line++;
            return p + 1 < limit && buffer[p + 1] == '\n' ? p + 2 : p + 1;
        }
        return p;
    }

    /** Reads the record starting at {@code start}: the offset after it and its line break, INCOMPLETE or DECLINED. */
    private int record(int start) {
        long lines = 0;
        int p = start;
        for (int field = 0; ; field++) {
            boolean want = field < wanted.length && wanted[field];
            int q;
            if (p < limit && buffer[p] == '"') {
                boolean doubled = false;
                q = p + 1;
                while (true) {
                    if (q >= limit) {
                        return atEnd ? DECLINED : INCOMPLETE;
                    }
                    byte b = buffer[q];
                    if (b == '"') {
                        if (q + 1 == limit && !atEnd) {
                            return INCOMPLETE;
                        }
                        if (q + 1 < limit && buffer[q + 1] == '"') {
                            doubled = true;
                            q += 2;
                            continue;
                        }
                        q++;
                        break;
                    }
                    if (b == '\n') {
                        lines++;
                    } else if (b == '\r') {
                        if (q + 1 == limit && !atEnd) {
                            return INCOMPLETE;
                        }
                        if (q + 1 == limit || buffer[q + 1] != '\n') {
                            lines++;
                        }
                    }
                    q++;
                }
                int closed = q;
                q = fieldEnd(q);
                if (q == INCOMPLETE) {
                    return INCOMPLETE;
                }
                if (want) {
                    String value = quoted(p + 1, closed - 1, doubled, closed, q);
                    if (value == null) {
                        return DECLINED;
                    }
                    scanned.quoted(field, value);
                }
            } else {
                q = fieldEnd(p);
                if (q == INCOMPLETE) {
                    return INCOMPLETE;
                }
                if (want) {
                    if (!isAscii(buffer, p, q)) {
                        return DECLINED;
                    }
                    scanned.unquoted(field, p, q);
                }
            }
            p = q;
            if (p == limit) {
                scanned.ended(field + 1);
                line += lines;
                return p;
            }
            byte b = buffer[p];
            if (b == delimiter) {
                p++;
                continue;
            }
            if (b == '\r' && p + 1 == limit && !atEnd) {
                return INCOMPLETE;
            }
            scanned.ended(field + 1);
            line += lines + 1;
            return b == '\r' && p + 1 < limit && buffer[p + 1] == '\n' ? p + 2 : p + 1;
        }
    }

    /** The offset of the delimiter or line break that ends an unquoted run at {@code p}, the end of the input, or INCOMPLETE. */
    private int fieldEnd(int p) {
        byte[] bytes = buffer;
        byte d = delimiter;
        int n = limit;
        while (p < n) {
            byte b = bytes[p];
            if (b == d || b == '\n' || b == '\r') {
                return p;
            }
            p++;
        }
        return atEnd ? p : INCOMPLETE;
    }

    /** The value of a quoted field: its content with each doubled quote made one, then any text after the closing quote. */
    private String quoted(int from, int to, boolean doubled, int tailFrom, int tailTo) {
        String content;
        if (doubled) {
            byte[] unquoted = new byte[to - from];
            int n = 0;
            for (int i = from; i < to; i++) {
                unquoted[n++] = buffer[i];
                if (buffer[i] == '"') {
                    i++;
                }
            }
            content = isAscii(unquoted, 0, n) ? new String(unquoted, 0, n, StandardCharsets.ISO_8859_1) : null;
        } else {
            content = ascii(from, to);
        }
        String tail = ascii(tailFrom, tailTo);
        return content == null || tail == null ? null : tail.isEmpty() ? content : content + tail;
    }

    /** The bytes as a string when they are all ASCII, else null. */
    private String ascii(int from, int to) {
        return isAscii(buffer, from, to) ? new String(buffer, from, to - from, StandardCharsets.ISO_8859_1) : null;
    }

    private static boolean isAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Moves the bytes from {@code p} on to the buffer's start and reads more after them; returns their new offset, 0. */
    private int refill(int p) throws IOException {
        System.arraycopy(buffer, p, buffer, 0, limit - p);
        limit -= p;
        fill();
        return 0;
    }

    private void fill() throws IOException {
        int room = (int) Math.min(buffer.length - limit, end - next);
        ByteBuffer into = ByteBuffer.wrap(buffer, limit, room);
        while (into.hasRemaining()) {
            int n = channel.read(into, next);
            if (n < 0) {
                break;
            }
            next += n;
        }
        limit = into.position();
        atEnd = next >= end || into.hasRemaining();
    }
}
