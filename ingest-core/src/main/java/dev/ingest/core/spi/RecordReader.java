package dev.ingest.core.spi;

/**
 * Pulls batches of raw records from a source, like an {@code ItemReader} that reads a page at a time. Used by one
 * thread at a time, not necessarily the one that opened it, and closed by the engine when the stream's run ends,
 * however it ends.
 */
public interface RecordReader extends AutoCloseable {

    /**
     * The next batch, or {@code null} when the window is exhausted. An empty batch with a new
     * checkpoint is allowed (a page of nothing but skipped records).
     *
     * @return the batch, or {@code null} at the end
     * @throws SourceException when the source fails in a way retries did not cure
     */
    Batch next();

    /** Releases what the reader holds (a result set, a file, a connection); by default nothing. */
    @Override
    default void close() {}
}
