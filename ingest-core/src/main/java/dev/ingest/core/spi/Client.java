package dev.ingest.core.spi;

/**
 * Talks to one source account: reads raw records for a stream and proves its credentials.
 *
 * <p>Lifecycle: {@link Connector#open(Settings)} makes one for one sync (or check, or seeding), and whoever opened it
 * closes it when that ends: {@code Ingest} does so once every stream has ended. A client is used by one sync at a time
 * but may serve several streams; the engine calls {@link #read(Stream, ReadRequest, StoredRows)} on the thread
 * syncing a stream, so with a request's {@code parallel} above 1 from several threads at once, and a client must allow
 * that. Each reader it returns is used by one thread at a time, not necessarily the one that opened it.
 */
public interface Client extends AutoCloseable {

    /**
     * Makes a read-only call that proves the credentials and settings work.
     *
     * @param stream the stream whose access to prove (an account may grant some objects and not others)
     * @throws SourceException with the source's own error text when they do not
     */
    void check(Stream stream);

    /**
     * Opens a reader over the records of {@code stream} in the window of {@code request}.
     * In an incremental window, records must come in ascending order of the stream's cursor field.
     *
     * @param stream  one of the connector's streams, as {@link Connector#discover(Client)} gave it
     * @param request the window, and where to resume in it
     * @return a reader; the caller closes it
     * @throws SourceException when the source refuses to start the read
     */
    RecordReader read(Stream stream, ReadRequest request);

    /**
     * Opens a reader as {@link #read(Stream, ReadRequest)} does, for a reader that compares the source with the live
     * rows its table already holds ({@code stored}): the engine calls this one.
     *
     * @param stream  one of the connector's streams
     * @param request the window, and where to resume in it
     * @param stored  the stream's table as it stands; {@link StoredRows#NONE} outside the engine
     * @return a reader; the caller closes it
     */
    default RecordReader read(Stream stream, ReadRequest request, StoredRows stored) {
        return read(stream, request);
    }

    /** Releases what the client holds (connections, files, threads); by default nothing. */
    @Override
    default void close() {}
}
