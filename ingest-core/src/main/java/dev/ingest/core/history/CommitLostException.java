package dev.ingest.core.history;

/**
 * The warehouse no longer holds batches a run had committed, as after a crash that undid commits not yet on disk.
 * The run must stop: its next checkpoint would lie past rows that are gone.
 */
public final class CommitLostException extends IllegalStateException {

    public CommitLostException(String message) {
        super(message);
    }
}
