package dev.ingest.core;

import java.time.Instant;

/**
 * One row of {@code ingest.sync_history}: one stream in one sync. Immutable.
 *
 * @param id           also the {@code _run_id} of the rows this run wrote
 * @param invocationId shared by the streams synced by one command
 * @param connector    the connector's name
 * @param stream       {@code null} in the row of an invocation's discovery (mode {@value #DISCOVERY})
 * @param mode         {@code full}, {@code incremental} or {@value #DISCOVERY}
 * @param status       how it ended, or {@link RunStatus#RUNNING}
 * @param startedAt    when it started
 * @param finishedAt   when it ended, or {@code null} while it runs
 * @param counts       what happened to the records it read, as committed
 * @param cursorBefore the cursor its window started from, or {@code null} in a full sync
 * @param cursorAfter  the cursor it left for the next incremental run, or {@code null}
 * @param error        the source's or warehouse's own error text when the run failed, or why it was skipped or cut
 *                     short by the source's quota; else {@code null}
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
