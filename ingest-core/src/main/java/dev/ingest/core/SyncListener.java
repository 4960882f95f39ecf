package dev.ingest.core;

/** Hears a sync's progress, for progress bars and logs. Called on the syncing thread. */
public interface SyncListener {

    SyncListener NONE = new SyncListener() {};

    default void streamStarted(String stream, String mode, String cursorBefore) {}

    /**
     * Right after {@link #streamStarted} when the stream goes on from where an interrupted run of the same mode
     * stopped, rather than reading its window from the start.
     *
     * @param checkpoint the resume point in the source, as the connector wrote it
     */
    default void streamResumed(String stream, String checkpoint) {}

    /** After each committed batch (in a dry run, after each validated batch), with the run's totals so far. */
    default void batchDone(String stream, RunCounts soFar) {}

    default void streamFinished(StreamResult result) {}
}
