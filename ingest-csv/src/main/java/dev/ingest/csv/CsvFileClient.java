package dev.ingest.csv;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.csv.input.CsvRecordReader;
import dev.ingest.csv.input.FileProblem;
import dev.ingest.csv.processing.SupersededRows;
import java.util.concurrent.atomic.AtomicLong;

/** Reads one planned CSV file for its one stream, counting bytes for progress. */
public final class CsvFileClient implements Client {

    private final ImportPlan plan;
    private final AtomicLong bytesRead = new AtomicLong();
    private volatile SupersededRows superseded = SupersededRows.NONE;

    CsvFileClient(ImportPlan plan) {
        this.plan = plan;
    }

    public ImportPlan plan() {
        return plan;
    }

    /** Bytes of the file read so far by the current import, for progress and ETA. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** Rows the current import skipped because a later row of the file has their key. */
    public long supersededRows() {
        return superseded.skipped();
    }

    @Override
    public void check(Stream stream) {
        String unreadable = FileProblem.of(plan.file().path());
        if (unreadable != null) {
            throw new SourceException("cannot read CSV file " + plan.file().path() + ": " + unreadable);
        }
    }

    @Override
    public RecordReader read(Stream stream, ReadRequest request) {
        if (!stream.name().equals(plan.stream().name())) {
            throw new IllegalArgumentException("this client reads "
                    + plan.file().path() + " as " + plan.stream().name() + ", not " + stream.name());
        }
        bytesRead.set(0);
        superseded = plan.keyScan().take();
        return new CsvRecordReader(
                plan.file(),
                plan.mapping().headers(),
                plan.raw().headers(plan.mapping()),
                request.pageSize(),
                request.checkpoint(),
                bytesRead,
                superseded::superseded);
    }
}
