package dev.ingest.csv.input;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Streams a CSV file's rows as {@link CsvRow}s, a batch at a time, with a checkpoint after each batch
 * (file fingerprint, character position and line) so an interrupted import resumes where it stopped.
 * Short rows read as empty values past their end; a row with extra non-empty fields, an unterminated
 * quote or undecodable bytes carries its {@link CsvRow#problem()} for the processor to reject. Rows
 * {@code skip} names (those a later row with the same key supersedes) are not passed on.
 */
public final class CsvRecordReader implements RecordReader {

    private final CsvFile file;
    private final CsvRow.Header header;
    private final int pageSize;
    private final CsvParser parser;
    private final Predicate<CsvRecord> skip;

    /**
     * @param headers    the file's headers, made unique
     * @param rawHeaders the headers whose fields the rows keep in {@code _raw}
     */
    public CsvRecordReader(
            CsvFile file,
            List<String> headers,
            Collection<String> rawHeaders,
            int pageSize,
            String checkpoint,
            AtomicLong bytesRead,
            Predicate<CsvRecord> skip) {
        this.file = file;
        this.skip = skip;
        this.header = new CsvRow.Header(headers, rawHeaders, file.format().delimiter());
        this.pageSize = pageSize;
        try {
            this.parser = file.parser(bytesRead);
            parser.next();
            Position resume = Position.parse(checkpoint, file.fingerprint());
            if (resume != null) {
                parser.skip(resume.chars(), resume.line());
            }
        } catch (IOException e) {
            throw new SourceException("cannot read CSV file " + file.path() + ": " + FileProblem.reason(e), false, e);
        }
    }

    @Override
    public Batch next() {
        List<RawRecord> records = new ArrayList<>(pageSize);
        try {
            CsvRecord record;
            while (records.size() < pageSize && (record = parser.next()) != null) {
                if (!skip.test(record)) {
                    records.add(row(record));
                }
            }
        } catch (IOException e) {
            throw new SourceException("cannot read CSV file " + file.path() + ": " + FileProblem.reason(e), false, e);
        }
        if (records.isEmpty()) {
            return null;
        }
        return new Batch(records, new Position(file.fingerprint(), parser.position(), parser.line()).format());
    }

    private CsvRow row(CsvRecord record) {
        List<String> fields = record.fields();
        String problem = record.problem();
        if (problem == null
                && fields.size() > header.size()
                && fields.subList(header.size(), fields.size()).stream().anyMatch(field -> !field.isBlank())) {
            problem = "the row has " + fields.size() + " fields, the header " + header.size();
        }
        if (problem == null && hasUndecodable(fields)) {
            problem = "the row has bytes that are not valid "
                    + file.format().charset().name() + "; give the file's encoding with --encoding";
        }
        return new CsvRow(header, record, problem);
    }

    /**
     * Whether a field holds the decoder's replacement character: in the fields rather than the text, which is not made
     * for most rows; a Latin-1 string answers at once. A loop, not a stream: this runs for every row.
     */
    private static boolean hasUndecodable(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
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
