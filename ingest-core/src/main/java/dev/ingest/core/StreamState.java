package dev.ingest.core;

/**
 * A stream's row in {@code ingest.sync_state}. Immutable.
 *
 * @param cursor the cursor the next incremental run starts from, or {@code null} before the first full run
 * @param resume where an interrupted run stopped, or {@code null} when the last run finished
 */
public record StreamState(String cursor, Resume resume) {

    /** The state of a stream never synced: no cursor, nothing to resume. */
    public static final StreamState EMPTY = new StreamState(null, null);

    /**
     * Where an interrupted run stopped, so that the next run of the same mode goes on from there rather than reading
     * its window again.
     *
     * @param mode         the interrupted run's mode label
     * @param windowCursor the cursor its window started from
     * @param checkpoint   the reader position after its last committed batch
     * @param maxCursor    the highest cursor value it had loaded
     */
    public record Resume(String mode, String windowCursor, String checkpoint, String maxCursor) {}
}
