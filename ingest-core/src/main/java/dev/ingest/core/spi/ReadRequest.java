package dev.ingest.core.spi;

/**
 * The window a reader serves.
 *
 * @param mode       full or incremental
 * @param cursor     in incremental mode, the inclusive lower bound on the stream's cursor field, in the
 *                   text form of {@link ColumnType#format(Object)}; records equal to it are read again
 *                   (they load as unchanged) so that none sharing the boundary value is skipped
 * @param checkpoint where an interrupted run of the same window stopped, from {@link Batch#checkpoint()},
 *                   or {@code null} to start at the beginning of the window
 * @param batchSize  how many records a batch should hold; a source may return fewer (its page size)
 */
public record ReadRequest(SyncMode mode, String cursor, String checkpoint, int batchSize) {

    public ReadRequest {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        if (mode == SyncMode.INCREMENTAL && cursor == null) {
            throw new IllegalArgumentException("an incremental read needs a cursor");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }
}
