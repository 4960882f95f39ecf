package dev.ingest.core;

/**
 * Hears a sync's progress, for progress bars and logs; every method does nothing unless overridden. Calls come on the
 * thread syncing the stream: with {@link SyncRequest#parallel()} above 1, from several threads at once, so such a
 * listener must be thread-safe. The stream waits while a method runs, so it should return quickly.
 */
public interface SyncListener {

    /** Hears nothing. */
    SyncListener NONE = new SyncListener() {};

    /**
     * Before a stream's first record is read (not for a stream skipped because another run holds it).
     *
     * @param stream       the stream's name
     * @param mode         {@code full} or {@code incremental}
     * @param cursorBefore the cursor the window starts from, or {@code null} in a full sync
     */
    default void streamStarted(String stream, String mode, String cursorBefore) {}

    /**
     * Right after {@link #streamStarted} when the stream goes on from where an interrupted run of the same mode
     * stopped, rather than reading its window from the start.
     *
     * @param stream     the stream's name
     * @param checkpoint the resume point in the source, as the connector wrote it
     */
    default void streamResumed(String stream, String checkpoint) {}

    /**
     * After each committed batch (in a dry run, after each validated batch), with the run's totals so far.
     *
     * @param stream the stream's name
     * @param soFar  the run's counts, this batch included
     */
    default void batchDone(String stream, RunCounts soFar) {}

    /**
     * When a stream's run has ended, however it ended: skipped and failed runs included.
     *
     * @param result the stream's outcome, as it appears in the {@link SyncReport}
     */
    default void streamFinished(StreamResult result) {}
}
