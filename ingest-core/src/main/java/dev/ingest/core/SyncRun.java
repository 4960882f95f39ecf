package dev.ingest.core;

import java.time.Instant;

/**
 * One row of {@code ingest.sync_history}: one stream in one sync.
 *
 * @param id           also the {@code _run_id} of the rows this run wrote
 * @param invocationId shared by the streams synced by one command
 * @param stream       {@code null} in the row of an invocation's discovery (mode {@value #DISCOVERY})
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

    /**
     * The mode of an invocation's discovery row, written before the source is first asked anything; it stays only when
     * discovery fails (or its process dies), since the streams' rows record the run after it.
     */
    public static final String DISCOVERY = "discover";
}
