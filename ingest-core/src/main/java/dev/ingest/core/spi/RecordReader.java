package dev.ingest.core.spi;

/**
 * Pulls batches of raw records from a source, like an {@code ItemReader} that reads a page at a time. The
 * engine asks for the next page while it transforms the last, from a thread of its own: calls never overlap,
 * but need not come from the thread that opened the reader, nor the one that closes it.
 */
public interface RecordReader extends AutoCloseable {

    /**
     * The next batch, or {@code null} when the window is exhausted. An empty batch with a new
     * checkpoint is allowed (a page of nothing but skipped records).
     *
     * @throws SourceException when the source fails in a way retries did not cure
     */
    Batch next();

    @Override
    default void close() {
    }
}
