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
 * @param pageSize   the most records a {@link Batch} from the reader should hold; a source may return fewer
 *                   (its own page size). The engine gathers pages into its transactions, so this bounds
 *                   how many raw records are held at once, not how many rows one commit writes
 */
public record ReadRequest(SyncMode mode, String cursor, String checkpoint, int pageSize) {

    /**
     * Validates the window.
     *
     * @param mode       full or incremental
     * @param cursor     the inclusive lower bound of an incremental window
     * @param checkpoint where to resume, or {@code null}
     * @param pageSize   the most records a batch should hold
     * @throws IllegalArgumentException when the mode is missing, an incremental read has no cursor, or the page size
     *                                  is below 1
     */
    public ReadRequest {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        if (mode == SyncMode.INCREMENTAL && cursor == null) {
            throw new IllegalArgumentException("an incremental read needs a cursor");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
    }
}
