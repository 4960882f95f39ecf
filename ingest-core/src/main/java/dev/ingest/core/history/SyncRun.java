package dev.ingest.core.history;

import java.time.Instant;

/**
 * One row of {@code ingest.sync_history}: one stream in one sync.
 *
 * @param id           also the {@code _run_id} of the rows this run wrote
 * @param invocationId shared by the streams synced by one command
 * @param error        the source's or warehouse's own error text when the run failed, else {@code null}
 */
public record SyncRun(
        String id,
        String invocationId,
        String connector,
        String stream,
        String mode,
        RunStatus status,
        Instant startedAt,
        Instant finishedAt,
        RunCounts counts,
        String cursorBefore,
        String cursorAfter,
        String error) {

    /** This run as started at {@code time}. */
    public SyncRun startedAt(Instant time) {
        return new SyncRun(
                id,
                invocationId,
                connector,
                stream,
                mode,
                status,
                time,
                finishedAt,
                counts,
                cursorBefore,
                cursorAfter,
                error);
    }
}
