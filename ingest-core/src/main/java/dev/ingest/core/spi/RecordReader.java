package dev.ingest.core.spi;

/** Pulls batches of raw records from a source, like an {@code ItemReader} that reads a page at a time. */
public interface RecordReader extends AutoCloseable {

    /**
     * The next batch, or {@code null} when the window is exhausted. An empty batch with a new
     * checkpoint is allowed (a page of nothing but skipped records).
     *
     * @throws SourceException when the source fails in a way retries did not cure
     */
    Batch next();

    @Override
    default void close() {}
}
