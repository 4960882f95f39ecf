package dev.ingest.csv.input;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * A record {@link CsvByteScanner} found, seen where it lies in the scanner's buffer rather than copied out: its line,
 * and its fields as the parser makes them (only the wanted fields' values, the others null), each value made only
 * when asked for. An unquoted wanted value can be read in its bytes instead, ASCII undecoded, so that a reader that
 * needs no text makes none. Valid only while the consumer it is handed to runs: the scanner reuses it, and its buffer,
 * for the next record.
 */
public final class ScannedRecord implements RecordFields {

    private final byte[] buffer;
    private final boolean[] wanted;
    /** Where each wanted field's value starts and ends in the buffer; a start of -1 marks a quoted value, made at once. */
    private final int[] starts;

    private final int[] ends;
    private final String[] quotedValues;
    private final List<String> fields = new Fields();
    private int size;
    private long line;

    ScannedRecord(byte[] buffer, boolean[] wanted) {
        this.buffer = buffer;
        this.wanted = wanted;
        this.starts = new int[wanted.length];
        this.ends = new int[wanted.length];
        this.quotedValues = new String[wanted.length];
    }

    @Override
    public long line() {
        return line;
    }

    /** Its fields, quotes removed, as the parser makes them; a view of this record, made anew by no call. */
    @Override
    public List<String> fields() {
        return fields;
    }

    /**
     * Whether the record has the field, wanted and unquoted, so that its value is the ASCII bytes of {@link #bytes()}
     * from {@link #start} to {@link #end}.
     */
    public boolean inBytes(int field) {
        return field < size && field < wanted.length && wanted[field] && starts[field] >= 0;
    }

    /** The buffer the record lies in: to be read, not changed. */
    public byte[] bytes() {
        return buffer;
    }

    /** Where the value of a field {@link #inBytes} starts in {@link #bytes()}. */
    public int start(int field) {
        return starts[field];
    }

    /** Where the value of a field {@link #inBytes} ends in {@link #bytes()}, exclusive. */
    public int end(int field) {
        return ends[field];
    }

    void unquoted(int field, int start, int end) {
        starts[field] = start;
        ends[field] = end;
    }

    void quoted(int field, String value) {
        starts[field] = -1;
        quotedValues[field] = value;
    }

    /** Ends the record read: it has {@code fields} fields. */
    void ended(int fields) {
        size = fields;
    }

    void startsOn(long line) {
        this.line = line;
    }

    private String value(int field) {
        if (field >= wanted.length || !wanted[field]) {
            return null;
        }
        int start = starts[field];
        return start < 0
                ? quotedValues[field]
                : new String(buffer, start, ends[field] - start, StandardCharsets.ISO_8859_1);
    }

    private final class Fields extends AbstractList<String> {

        @Override
        public String get(int field) {
            return value(Objects.checkIndex(field, size));
        }

        @Override
        public int size() {
            return size;
        }
    }
}
