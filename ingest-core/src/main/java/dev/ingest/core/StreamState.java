package dev.ingest.core;

/**
 * A stream's row in {@code ingest.sync_state}.
 *
 * @param cursor the cursor the next incremental run starts from, or {@code null} before the first full run
 * @param resume where an interrupted run stopped, or {@code null} when the last run finished
 */
public record StreamState(String cursor, Resume resume) {

    public static final StreamState EMPTY = new StreamState(null, null);

    /**
     * @param mode         the interrupted run's mode label
     * @param windowCursor the cursor its window started from
     * @param checkpoint   the reader position after its last committed batch
     * @param maxCursor    the highest cursor value it had loaded
     */
    public record Resume(String mode, String windowCursor, String checkpoint, String maxCursor) {}
}
