package dev.ingest.csv.input;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader that also keeps each record's exact text and starting line, which a
 * rejects file needs and general CSV libraries do not expose. Quoted fields may hold delimiters,
 * doubled quotes and line breaks; CRLF, LF and CR all end a record; a stray quote inside an unquoted
 * field is kept as text.
 * <p>
 * A field or record that lies wholly in the read buffer is copied out of it once; only the part read
 * before a refill, or before a doubled quote, goes through a builder.
 * <p>
 * A quoted field that runs past {@link #MAX_RECORD_CHARS}, or to the end of the input, is taken to be a quote
 * that was never closed: its record is returned with a problem, its first line as its text and the fields that
 * line holds, and parsing resumes at the next line, so the lines the quote swallowed are read again as records
 * of their own.
 */
public final class CsvParser implements AutoCloseable {

    /** Beyond this a quoted field is taken to be a runaway quote rather than data, so memory stays bounded. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private static final int EOF = -1;
    private static final String UNTERMINATED = "unterminated quoted field";

    private final Reader reader;
    private final char delimiter;
    private final int maxRecordChars;
    private final char[] readBuffer = new char[1 << 16];
    /** The read buffer, or the characters a runaway quote had swallowed while they are read again. */
    private char[] buffer = readBuffer;

    private int position;
    private int limit;
    private long line = 1;
    private long charsConsumed;
    /** Where the current record's text not yet in {@link #text} starts in the buffer; -1 between records. */
    private int textStart = -1;

    private final StringBuilder text = new StringBuilder(256);
    /** The current field's value is {@link #field} followed by the buffer from {@code fieldStart} to {@code fieldEnd}. */
    private int fieldStart;

    private int fieldEnd;
    private final StringBuilder field = new StringBuilder(64);
    private final RepeatedValues values = new RepeatedValues();
    /** The last record's field count, the likely size of the next. */
    private int fieldsSeen = 10;
    /** Which fields' values are made, by position, or {@code null} for all of them and the record's text. */
    private final boolean[] wanted;

    private boolean endedInQuotes;

    public CsvParser(Reader reader, char delimiter) {
        this(reader, delimiter, MAX_RECORD_CHARS, null);
    }

    /**
     * A parser that makes only the values of the fields {@code wanted} marks (the others are {@code null}, and so is
     * each record's text), for a pass that needs a few fields of every record: records and lines are found alike.
     */
    public CsvParser(Reader reader, char delimiter, boolean[] wanted) {
        this(reader, delimiter, MAX_RECORD_CHARS, wanted);
    }

    CsvParser(Reader reader, char delimiter, int maxRecordChars) {
        this(reader, delimiter, maxRecordChars, null);
    }

    private CsvParser(Reader reader, char delimiter, int maxRecordChars, boolean[] wanted) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
        this.wanted = wanted;
    }

    /** Characters consumed so far, a position {@link #skip(long, long)} can return to. */
    public long position() {
        return charsConsumed;
    }

    public long line() {
        return line;
    }

    /**
     * Whether the input ended inside a quoted field: what a quote never closed looks like, and also a part of a file
     * cut inside a quoted field, whose records are then not those of the whole file.
     */
    public boolean endedInQuotes() {
        return endedInQuotes;
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
        long startChars = charsConsumed;
        text.setLength(0);
        textStart = position;
        List<String> fields = new ArrayList<>(fieldsSeen);
        startField();
        boolean quoted = false;
        boolean anyQuoted = false;
        boolean inQuotes = false;
        String problem = null;
        while (true) {
            if (position == limit) {
                if (inQuotes && text.length() + limit - textStart > maxRecordChars) {
                    return reread(
                            startLine,
                            startChars,
                            "a quoted field runs past " + maxRecordChars
                                    + " characters: a quote is probably not closed");
                }
                if (!fill()) {
                    endedInQuotes |= inQuotes;
                    if (inQuotes && spansLines(text)) {
                        return reread(startLine, startChars, UNTERMINATED);
                    }
                    if (inQuotes) {
                        problem = UNTERMINATED;
                    }
                    fields.add(takeField(fields.size()));
                    break;
                }
            }
            // Runs of ordinary characters are taken whole; only the characters that matter are looked at one by one.
            if (inQuotes) {
                takeRun(false);
                if (position == limit) {
                    continue;
                }
                char c = buffer[position++];
                charsConsumed++;
                if (c == '"') {
                    if (peek() == '"') {
                        // The second quote of the pair is the one kept: a refill may have taken the first out of the
                        // buffer.
                        extendField(position, position + 1);
                        read();
                    } else {
                        inQuotes = false;
                    }
                    continue;
                }
                extendField(position - 1, position);
                if (c == '\n' || (c == '\r' && peek() != '\n')) {
                    line++;
                }
                continue;
            }
            takeRun(true);
            if (position == limit) {
                continue;
            }
            char c = buffer[position];
            if (c == '\n' || c == '\r') {
                fields.add(takeField(fields.size()));
                break;
            }
            position++;
            charsConsumed++;
            if (c == delimiter) {
                fields.add(takeField(fields.size()));
                startField();
                quoted = false;
            } else if (field.isEmpty() && fieldStart == fieldEnd && !quoted) {
                inQuotes = true;
                quoted = true;
                anyQuoted = true;
                startField();
            } else {
                extendField(position - 1, position);
            }
        }
        fieldsSeen = fields.size();
        // A record without a quoted field is its fields joined by the delimiter, which a rejected row's text is
        // made from when it is needed (see CsvRow): most rows are never rejected, so their text is not made.
        CsvRecord record = new CsvRecord(
                fields, startLine, wanted == null && anyQuoted ? string(text, textStart, position) : null, problem);
        textStart = -1;
        int end = read();
        if (end != EOF) {
            endOfLine(end);
        }
        return record;
    }

    /**
     * The record whose quoted field was never closed (it ran past the limit, or to the end of the input), with its first
     * line as its text and the fields that line holds. The characters read after that line become the buffer, to be
     * parsed again; a first line too long to keep is cut to the limit and the rest of it read past.
     */
    private CsvRecord reread(long startLine, long startChars, String problem) throws IOException {
        text.append(buffer, textStart, limit - textStart);
        textStart = -1;
        int lineEnd = 0;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        int end;
        if (lineEnd < text.length()) {
            end = text.charAt(lineEnd);
            buffer = new char[text.length() - lineEnd - 1];
            text.getChars(lineEnd + 1, text.length(), buffer, 0);
            position = 0;
            limit = buffer.length;
            charsConsumed = startChars + lineEnd + 1;
        } else {
            lineEnd = maxRecordChars;
            do {
                end = read();
            } while (end != EOF && end != '\n' && end != '\r');
        }
        line = startLine;
        if (end != EOF) {
            endOfLine(end);
        }
        String firstLine = text.substring(0, lineEnd);
        // Its fields are those its text gives alone, a line no longer than the limit.
        List<String> fields = new CsvParser(new StringReader(firstLine), delimiter, maxRecordChars)
                .next()
                .fields();
        return new CsvRecord(fields, startLine, firstLine, problem);
    }

    private static boolean spansLines(StringBuilder text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Takes the buffered characters up to the next one that matters: a quote or line break, or in an unquoted field also the delimiter. */
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
            extendField(start, end);
            charsConsumed += end - start;
            position = end;
        }
    }

    private void startField() {
        field.setLength(0);
        fieldStart = position;
        fieldEnd = position;
    }

    /** Adds the buffer from {@code from} to {@code to} to the field, moving what it had so far to the builder unless they adjoin. */
    private void extendField(int from, int to) {
        if (from != fieldEnd) {
            field.append(buffer, fieldStart, fieldEnd - fieldStart);
            fieldStart = from;
        }
        fieldEnd = to;
    }

    private String takeField(int index) {
        if (wanted != null && (index >= wanted.length || !wanted[index])) {
            return null;
        }
        return field.isEmpty()
                ? values.value(index, buffer, fieldStart, fieldEnd)
                : string(field, fieldStart, fieldEnd);
    }

    /** What the builder holds followed by the buffer from {@code start} to {@code end}, copied once when the builder is empty. */
    private String string(StringBuilder held, int start, int end) {
        if (held.isEmpty()) {
            return start == end ? "" : new String(buffer, start, end - start);
        }
        return held.append(buffer, start, end - start).toString();
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

    /** Refills the buffer, first moving the part of the current record and field still in it to their builders. */
    private boolean fill() throws IOException {
        if (textStart >= 0) {
            text.append(buffer, textStart, limit - textStart);
            field.append(buffer, fieldStart, fieldEnd - fieldStart);
            textStart = 0;
            fieldStart = 0;
            fieldEnd = 0;
        }
        buffer = readBuffer;
        int n;
        do {
            n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
