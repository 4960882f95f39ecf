package dev.ingest.core.internal.history;

/**
 * The warehouse no longer holds batches a run had committed, as after a crash that undid commits not yet on disk, or
 * no longer holds the run as running, as when another run took it for dead. The run must stop: its next checkpoint
 * would lie past rows that are gone, or beside another run's.
 */
public final class CommitLostException extends IllegalStateException {

    public CommitLostException(String message) {
        super(message);
    }
}
