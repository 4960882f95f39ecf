package dev.ingest.csv.input;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader that also keeps each record's exact text and starting line, which a
 * rejects file needs and general CSV libraries do not expose. Quoted fields may hold delimiters,
 * doubled quotes and line breaks; CRLF, LF and CR all end a record; a stray quote inside an unquoted
 * field is kept as text.
 */
public final class CsvParser implements AutoCloseable {

    /** Beyond this a record is taken to be a runaway quote rather than data, so memory stays bounded. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private static final int EOF = -1;

    private final Reader reader;
    private final char delimiter;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private long charsConsumed;
    private final StringBuilder text = new StringBuilder(256);
    private final StringBuilder field = new StringBuilder(64);
    /** The last record's field count, the likely size of the next. */
    private int fieldsSeen = 10;

    public CsvParser(Reader reader, char delimiter) {
        this.reader = reader;
        this.delimiter = delimiter;
    }

    /** Characters consumed so far, a position {@link #skip(long)} can return to. */
    public long position() {
        return charsConsumed;
    }

    public long line() {
        return line;
    }

    /** Skips forward to a position and line from an earlier run over the same file. */
    public void skip(long targetPosition, long targetLine) throws IOException {
        while (charsConsumed < targetPosition) {
            if (read() == EOF) {
                throw new IOException("the file is shorter than the checkpoint it is resumed from");
            }
        }
        line = targetLine;
    }

    /** The next record, or {@code null} at the end of the input. Blank lines are skipped. */
    public CsvRecord next() throws IOException {
        while (true) {
            int c = peek();
            if (c == EOF) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                read();
                endOfLine(c);
                continue;
            }
            return record();
        }
    }

    private CsvRecord record() throws IOException {
        long startLine = line;
        text.setLength(0);
        List<String> fields = new ArrayList<>(fieldsSeen);
        field.setLength(0);
        boolean quoted = false;
        boolean inQuotes = false;
        String problem = null;
        while (true) {
            if (position == limit && !fill()) {
                if (inQuotes) {
                    problem = "unterminated quoted field";
                }
                fields.add(field.toString());
                break;
            }
            // Runs of ordinary characters are copied whole; only the characters that matter are looked at one by one.
            if (inQuotes) {
                takeRun(false);
                if (text.length() > MAX_RECORD_CHARS) {
                    throw new IOException("the record starting on line " + startLine + " runs past "
                            + MAX_RECORD_CHARS + " characters: a quote is probably not closed");
                }
                if (position == limit) {
                    continue;
                }
                char c = buffer[position++];
                charsConsumed++;
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        text.append('"');
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                    text.append('"');
                    continue;
                }
                text.append(c);
                field.append(c);
                if (c == '\n' || (c == '\r' && peek() != '\n')) {
                    line++;
                }
                continue;
            }
            takeRun(true);
            if (position == limit) {
                continue;
            }
            char c = buffer[position++];
            charsConsumed++;
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                fields.add(field.toString());
                break;
            }
            text.append(c);
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (field.isEmpty() && !quoted) {
                inQuotes = true;
                quoted = true;
            } else {
                field.append(c);
            }
        }
        fieldsSeen = fields.size();
        return new CsvRecord(fields, startLine, text.toString(), problem);
    }

    /**
     * Appends to the record and the field the buffered characters up to the next one that matters: a quote or
     * line break, or in an unquoted field also the delimiter.
     */
    private void takeRun(boolean unquoted) {
        int start = position;
        int end = start;
        char[] chars = buffer;
        while (end < limit) {
            char c = chars[end];
            if (c == '"' || c == '\n' || c == '\r' || unquoted && c == delimiter) {
                break;
            }
            end++;
        }
        if (end > start) {
            text.append(chars, start, end - start);
            field.append(chars, start, end - start);
            charsConsumed += end - start;
            position = end;
        }
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        charsConsumed++;
        return buffer[position++];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
