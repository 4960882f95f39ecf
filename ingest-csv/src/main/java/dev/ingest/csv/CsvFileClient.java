package dev.ingest.csv;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.csv.input.CsvRecordReader;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;

/** Reads one planned CSV file for its one stream, counting bytes for progress. */
public final class CsvFileClient implements Client {

    private final ImportPlan plan;
    private final AtomicLong bytesRead = new AtomicLong();

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

    @Override
    public void check(Stream stream) {
        if (!Files.isReadable(plan.file().path())) {
            throw new SourceException("cannot read " + plan.file().path());
        }
    }

    @Override
    public RecordReader read(Stream stream, ReadRequest request) {
        if (!stream.name().equals(plan.stream().name())) {
            throw new IllegalArgumentException("this client reads " + plan.file().path() + " as " + plan.stream().name() + ", not " + stream.name());
        }
        bytesRead.set(0);
        return new CsvRecordReader(plan.file(), plan.mapping().headers(), request.batchSize(), request.checkpoint(), bytesRead);
    }
}
