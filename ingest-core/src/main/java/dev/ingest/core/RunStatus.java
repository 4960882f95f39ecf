package dev.ingest.core;

import java.util.Locale;

/** How a stream's run ended, or that it has not yet. */
public enum RunStatus {
    /**
     * Started and not ended: syncing now, or its process died; the next sync of the stream marks such a run failed.
     */
    RUNNING,
    /** Read its whole window and loaded every record; none rejected. */
    SUCCESS,
    /**
     * Finished, with some records rejected and the rest loaded; or cut short by the source's quota, what was read
     * loaded and the rest left to the next run, which resumes there.
     */
    PARTIAL,
    /**
     * Ended by an error of the source or the warehouse, in the run's error text. The batches committed before it stay
     * loaded, and the next run of the same mode resumes after them where the source gave a checkpoint.
     */
    FAILED,
    /** Stopped by {@link Ingest#cancel()} after a committed batch; the next run resumes as after a failure. */
    CANCELLED,
    /** Not run, because another run was syncing the stream; the row names that run. */
    SKIPPED;

    /**
     * The status as {@code ingest.sync_history} stores it and the command line prints it.
     *
     * @return the lower-case name: {@code success}, {@code partial}, ...
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a status back from its {@link #label()}.
     *
     * @param label a label, in any case
     * @return the status it names
     * @throws IllegalArgumentException when no status has that label
     */
    public static RunStatus fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
