package dev.ingest.core.spi;

/**
 * Talks to one source account: reads raw records for a stream and proves its credentials.
 * A client is used by one sync at a time but may serve several streams.
 */
public interface Client extends AutoCloseable {

    /**
     * Makes a read-only call that proves the credentials and settings work.
     *
     * @throws SourceException with the source's own error text when they do not
     */
    void check(Stream stream);

    /**
     * Opens a reader over the records of {@code stream} in the window of {@code request}.
     * In an incremental window, records must come in ascending order of the stream's cursor field.
     */
    RecordReader read(Stream stream, ReadRequest request);

    /**
     * Opens a reader as {@link #read(Stream, ReadRequest)} does, for a reader that compares the source with the live
     * rows its table already holds ({@code stored}): the engine calls this one.
     */
    default RecordReader read(Stream stream, ReadRequest request, StoredRows stored) {
        return read(stream, request);
    }

    @Override
    default void close() {}
}
