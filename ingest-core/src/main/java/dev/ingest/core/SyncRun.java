package dev.ingest.core;

import java.time.Instant;

/**
 * One row of {@code ingest.sync_history}: one stream in one sync.
 *
 * @param id           also the {@code _run_id} of the rows this run wrote
 * @param invocationId shared by the streams synced by one command
 * @param stream       {@code null} in the row of an invocation's discovery (see {@link #discovery})
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

    /** The mode of an invocation's discovery row. */
    public static final String DISCOVERY = "discover";

    /**
     * The row of an invocation's discovery, written before the source is first asked anything; it stays only when
     * discovery fails (or its process dies), since the streams' rows record the run after it. Its stream is
     * {@code null}: it syncs none, and a running row of no stream claims none (see {@code sync_history_one_running}).
     */
    public static SyncRun discovery(String invocationId, String connector, Instant startedAt) {
        return new SyncRun(
                java.util.UUID.randomUUID().toString(),
                invocationId,
                connector,
                null,
                DISCOVERY,
                RunStatus.RUNNING,
                startedAt,
                null,
                RunCounts.ZERO,
                null,
                null,
                null);
    }

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
