package dev.ingest.runner;

import dev.ingest.core.RunStatus;

/** What {@code ingest} exits with, so scripts can tell a partial load from a failure. */
final class ExitCodes {

    static final int OK = 0;
    /** A sync or check failed or was cancelled, or the warehouse could not be used. */
    static final int FAILED = 1;
    /** Bad arguments, configuration or input file (one that cannot be read as text); nothing was attempted. */
    static final int USAGE = 2;
    /** Everything ran, but some records were rejected, or the source's quota cut a stream short (the next run resumes). */
    static final int PARTIAL = 3;
    /** Everything else succeeded, but streams another run was syncing were skipped (and recorded as skipped). */
    static final int SKIPPED = 4;

    private ExitCodes() {}

    static int of(RunStatus status) {
        return switch (status) {
            case SUCCESS -> OK;
            case PARTIAL -> PARTIAL;
            case SKIPPED -> SKIPPED;
            case FAILED, CANCELLED, RUNNING -> FAILED;
        };
    }
}
