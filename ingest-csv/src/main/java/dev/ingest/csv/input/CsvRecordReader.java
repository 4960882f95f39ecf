package dev.ingest.csv.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Streams a CSV file's rows as raw records keyed by header, a batch at a time, with a checkpoint after
 * each batch (file fingerprint, character position and line) so an interrupted import resumes where it
 * stopped. Short rows are padded with empty values; a row with extra non-empty fields, an unterminated
 * quote or undecodable bytes is marked with {@link #PROBLEM_FIELD} for the processor to reject. Rows
 * {@code skip} names (those a later row with the same key supersedes) are not passed on.
 */
public final class CsvRecordReader implements RecordReader {

    /** Set on a raw record the file itself made malformed; such a record is rejected, never loaded. */
    public static final String PROBLEM_FIELD = "\u0000problem";
    public static final String LOCATION_PREFIX = "line ";

    private final CsvFile file;
    private final List<String> headers;
    private final int pageSize;
    private final CsvParser parser;
    private final Predicate<CsvRecord> skip;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public CsvRecordReader(CsvFile file, List<String> headers, int pageSize, String checkpoint, AtomicLong bytesRead,
                           Predicate<CsvRecord> skip) {
        this.file = file;
        this.skip = skip;
        this.headers = headers;
        this.pageSize = pageSize;
        try {
            this.parser = file.parser(bytesRead);
            parser.next();
            Position resume = Position.parse(checkpoint, file.fingerprint());
            if (resume != null) {
                parser.skip(resume.chars(), resume.line());
            }
        } catch (IOException e) {
            throw new SourceException("cannot read " + file.path() + ": " + e.getMessage(), false, e);
        }
    }

    @Override
    public Batch next() {
        List<RawRecord> records = new ArrayList<>(pageSize);
        try {
            CsvRecord record;
            while (records.size() < pageSize && (record = parser.next()) != null) {
                if (!skip.test(record)) {
                    records.add(raw(record));
                }
            }
        } catch (IOException e) {
            throw new SourceException("cannot read " + file.path() + ": " + e.getMessage(), false, e);
        }
        if (records.isEmpty()) {
            return null;
        }
        return new Batch(records, new Position(file.fingerprint(), parser.position(), parser.line()).format());
    }

    private RawRecord raw(CsvRecord record) {
        ObjectNode data = nodes.objectNode();
        List<String> fields = record.fields();
        int n = Math.min(fields.size(), headers.size());
        for (int i = 0; i < n; i++) {
            data.put(headers.get(i), fields.get(i));
        }
        String problem = record.problem();
        if (fields.size() > headers.size()) {
            ArrayNode extra = data.putArray("_extra");
            boolean nonEmpty = false;
            for (int i = headers.size(); i < fields.size(); i++) {
                extra.add(fields.get(i));
                nonEmpty |= !fields.get(i).isBlank();
            }
            if (nonEmpty && problem == null) {
                problem = "the row has " + fields.size() + " fields, the header " + headers.size();
            }
        }
        if (problem == null && record.text().indexOf('\uFFFD') >= 0) {
            problem = "the row has bytes that are not valid " + file.format().charset().name() + "; give the file's encoding with --encoding";
        }
        if (problem != null) {
            data.put(PROBLEM_FIELD, problem);
        }
        return new RawRecord(data, LOCATION_PREFIX + record.line(), record.text());
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new SourceException("cannot close " + file.path() + ": " + e.getMessage(), false, e);
        }
    }

    /** Where a batch ended, in the text form stored as the engine's checkpoint. */
    record Position(String fingerprint, long chars, long line) {

        String format() {
            return chars + ":" + line + ":" + fingerprint;
        }

        /** The position in {@code checkpoint}, or {@code null} when there is none or it is from another file. */
        static Position parse(String checkpoint, String fingerprint) {
            if (checkpoint == null) {
                return null;
            }
            String[] parts = checkpoint.split(":", 3);
            if (parts.length != 3 || !parts[2].equals(fingerprint)) {
                return null;
            }
            return new Position(fingerprint, Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
    }
}
