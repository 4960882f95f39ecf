package dev.ingest.core;

import java.util.Locale;

public enum RunStatus {
    RUNNING,
    SUCCESS,
    /**
     * Finished, with some records rejected and the rest loaded; or cut short by the source's quota, what was read
     * loaded and the rest left to the next run, which resumes there.
     */
    PARTIAL,
    FAILED,
    CANCELLED,
    /** Not run, because another run was syncing the stream; the row names that run. */
    SKIPPED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
