package dev.ingest.core.internal.history;

import static dev.ingest.core.internal.history.SystemTables.*;

import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** {@code ingest.sync_history}: one row per stream per run, written as the run goes. */
public final class SyncHistory {

    /** A run on another host is taken for dead when it has not committed a batch for this long. */
    static final java.time.Duration STALE_AFTER = java.time.Duration.ofHours(6);

    private final DSLContext ctx;

    public SyncHistory(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The row of an invocation's discovery (see {@link SyncRun#DISCOVERY}). Its stream is {@code null}: it syncs none,
     * and a running row of no stream claims none (see {@code sync_history_one_running}).
     */
    public static SyncRun discovery(String invocationId, String connector, Instant startedAt) {
        return new SyncRun(
                UUID.randomUUID().toString(),
                invocationId,
                connector,
                null,
                SyncRun.DISCOVERY,
                RunStatus.RUNNING,
                startedAt,
                null,
                RunCounts.ZERO,
                null,
                null,
                null);
    }

    /**
     * Inserts the run's row as {@code running}. On PostgreSQL a unique index admits one running row per stream, so of two
     * processes starting one stream at once, one fails here with a unique violation (see {@code Warehouse#claim}).
     */
    public void start(SyncRun run) {
        // Known as live before its row can be seen: another engine of this process starting meanwhile fails the
        // running rows of this process that it does not know (see failAbandoned).
        ProcessIdentity.started(run.id());
        try {
            insert(run, RunStatus.RUNNING, Map.of());
        } catch (RuntimeException e) {
            ProcessIdentity.ended(run.id());
            throw e;
        }
    }

    /** Records a run that did not start because {@code holder} was syncing the stream. */
    public void skipped(SyncRun run, String reason) {
        Map<Field<?>, Object> ending = new LinkedHashMap<>();
        ending.put(H_FINISHED, run.startedAt());
        ending.put(H_CURSOR_AFTER, run.cursorBefore());
        ending.put(H_ERROR, reason);
        insert(run, RunStatus.SKIPPED, ending);
    }

    private void insert(SyncRun run, RunStatus status, Map<Field<?>, Object> more) {
        Map<Field<?>, Object> values = new LinkedHashMap<>(Map.of(
                H_ID,
                run.id(),
                H_INVOCATION,
                run.invocationId(),
                H_CONNECTOR,
                run.connector(),
                H_MODE,
                run.mode(),
                H_STATUS,
                status.label(),
                H_STARTED,
                run.startedAt(),
                H_HEARTBEAT,
                run.startedAt(),
                H_HOST,
                ProcessIdentity.host(),
                H_PID,
                ProcessIdentity.pid()));
        values.put(H_BATCHES, 0L);
        values.putAll(countsOf(RunCounts.ZERO));
        // The cursor before may be null (a first run), as may the stream (a discovery row), which Map.of refuses.
        values.put(H_STREAM, run.stream());
        values.put(H_CURSOR_BEFORE, run.cursorBefore());
        values.putAll(more);
        ctx.insertInto(HISTORY).set(values).execute();
    }

    /**
     * Records a batch's counts inside the transaction of the batch, which is the run's batch number
     * {@code committedBefore + 1}. The row must still count {@code committedBefore} batches: a warehouse that crashed
     * and came back has undone its last commits (they may have been committed without waiting for the disk), and a
     * run that went on would commit a checkpoint past rows that are gone.
     *
     * @throws CommitLostException when the warehouse no longer holds all the batches the run committed, or no longer
     *                             holds the run as running
     */
    public void progress(String runId, long committedBefore, RunCounts counts, String cursorAfter, Instant now) {
        String update = RenderedSql.text(
                ctx,
                "sync_history progress",
                dsl -> dsl.update(HISTORY)
                        .set(H_PROCESSED, 0L)
                        .set(H_CREATED, 0L)
                        .set(H_UPDATED, 0L)
                        .set(H_UNCHANGED, 0L)
                        .set(H_REJECTED, 0L)
                        .set(H_DELETED, 0L)
                        .set(H_CURSOR_AFTER, "")
                        .set(H_HEARTBEAT, Instant.EPOCH)
                        .set(H_BATCHES, 0L)
                        .where(H_ID.eq(""))
                        .and(H_BATCHES.eq(0L))
                        .and(H_STATUS.eq("")));
        int updated = RenderedSql.execute(
                ctx,
                update,
                counts.processed(),
                counts.created(),
                counts.updated(),
                counts.unchanged(),
                counts.rejected(),
                counts.deleted(),
                cursorAfter,
                now,
                committedBefore + 1,
                runId,
                committedBefore,
                RunStatus.RUNNING.label());
        if (updated == 0) {
            throw lost(runId, committedBefore);
        }
    }

    /**
     * Ends a run that read its whole window, in the transaction that saves its final state, after checking, as
     * {@link #progress} does, that all {@code committed} batches are still there.
     *
     * @throws CommitLostException when the warehouse no longer holds all the batches the run committed
     */
    public void complete(
            String runId, long committed, RunStatus status, RunCounts counts, String cursorAfter, Instant now) {
        Map<Field<?>, Object> values = countsOf(counts);
        values.put(H_STATUS, status.label());
        values.put(H_FINISHED, now);
        values.put(H_HEARTBEAT, now);
        values.put(H_CURSOR_AFTER, cursorAfter);
        updateIfAllKept(runId, committed, values);
    }

    /** Updates the run's row if it is still running and counts {@code committed} batches. */
    private void updateIfAllKept(String runId, long committed, Map<Field<?>, Object> values) {
        int updated = ctx.update(HISTORY)
                .set(values)
                .where(H_ID.eq(runId))
                .and(H_BATCHES.eq(committed))
                .and(H_STATUS.eq(RunStatus.RUNNING.label()))
                .execute();
        if (updated == 0) {
            throw lost(runId, committed);
        }
    }

    private static Map<Field<?>, Object> countsOf(RunCounts counts) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(H_PROCESSED, counts.processed());
        values.put(H_CREATED, counts.created());
        values.put(H_UPDATED, counts.updated());
        values.put(H_UNCHANGED, counts.unchanged());
        values.put(H_REJECTED, counts.rejected());
        values.put(H_DELETED, counts.deleted());
        return values;
    }

    /**
     * Ends a run that did not complete (failed or cancelled). Its counts stay those its committed batches recorded,
     * which are what the warehouse holds, whatever the run believed it had written.
     */
    public void end(String runId, RunStatus status, String cursorAfter, String error, Instant now) {
        ctx.update(HISTORY)
                .set(H_STATUS, status.label())
                .set(H_FINISHED, now)
                .set(H_HEARTBEAT, now)
                .set(H_CURSOR_AFTER, cursorAfter)
                .set(H_ERROR, error)
                .where(H_ID.eq(runId))
                .execute();
    }

    /** Deletes a run's row: an invocation's discovery row, once its streams' rows record the run. */
    public void remove(String runId) {
        ctx.deleteFrom(HISTORY).where(H_ID.eq(runId)).execute();
    }

    /** Tells this process that the run is over, whether or not its end could be recorded (see {@link #failAbandoned}). */
    public void released(String runId) {
        ProcessIdentity.ended(runId);
    }

    private CommitLostException lost(String runId, long committed) {
        Record row = ctx.select(H_BATCHES, H_STATUS, H_ERROR)
                .from(HISTORY)
                .where(H_ID.eq(runId))
                .fetchOne();
        if (row != null && !RunStatus.RUNNING.label().equals(row.get(H_STATUS))) {
            // Another run took the stream, taking this one for dead: two must not write it at once.
            return new CommitLostException("this run was marked " + row.get(H_STATUS) + " meanwhile ("
                    + row.get(H_ERROR) + "); it stops so as not to write the stream beside the run that took it over");
        }
        return new CommitLostException("the warehouse holds "
                + (row == null
                        ? "no record of this run"
                        : row.get(H_BATCHES) + " of the run's " + committed + " committed batches")
                + ": it lost recent commits (did it restart?); the run stops, and the next run"
                + " resumes after the last batch the warehouse kept");
    }

    /**
     * Marks as failed the runs left {@code running} by a process that died or could not record their end: on this
     * host, one whose process is gone, or, of this process, one it no longer syncs; elsewhere, one silent for
     * {@link #STALE_AFTER}.
     *
     * @return how many runs were marked
     */
    public int failAbandoned(Instant now) {
        int marked = 0;
        for (Record run : ctx.select(H_ID, H_HOST, H_PID, H_HEARTBEAT)
                .from(HISTORY)
                .where(H_STATUS.eq(RunStatus.RUNNING.label()))
                .fetch()) {
            String host = run.get(H_HOST);
            Long pid = run.get(H_PID);
            boolean here = ProcessIdentity.host().equals(host);
            boolean dead = here
                    ? !ProcessIdentity.isLive(run.get(H_ID), pid)
                    : run.get(H_HEARTBEAT).isBefore(now.minus(STALE_AFTER));
            if (dead) {
                marked += ctx.update(HISTORY)
                        .set(H_STATUS, RunStatus.FAILED.label())
                        .set(H_FINISHED, now)
                        .set(
                                H_ERROR,
                                "the process running this sync (pid " + pid + " on " + host
                                        + ") ended without finishing it," + " or could not record its end")
                        .where(H_ID.eq(run.get(H_ID)))
                        .and(H_STATUS.eq(RunStatus.RUNNING.label()))
                        .execute();
            }
        }
        return marked;
    }

    /** A run of the stream still {@code running} in a live process, if any: two runs of one stream must not interleave. */
    public java.util.Optional<SyncRun> running(String connector, String stream) {
        return ctx.select(HISTORY_FIELDS)
                .from(HISTORY)
                .where(H_CONNECTOR.eq(connector))
                .and(H_STREAM.eq(stream))
                .and(H_STATUS.eq(RunStatus.RUNNING.label()))
                .limit(1)
                .fetchOptional(SyncHistory::toRun);
    }

    public List<SyncRun> recent(String connector, int limit) {
        return ctx.select(HISTORY_FIELDS)
                .from(HISTORY)
                .where(connector == null ? DSL.noCondition() : H_CONNECTOR.eq(connector))
                .orderBy(H_STARTED.desc(), H_STREAM.asc())
                .limit(limit)
                .fetch(SyncHistory::toRun);
    }

    public SyncRun get(String runId) {
        return ctx.select(HISTORY_FIELDS)
                .from(HISTORY)
                .where(H_ID.eq(runId))
                .fetchOptional(SyncHistory::toRun)
                .orElseThrow(() -> new IllegalArgumentException("no run " + runId));
    }

    static SyncRun toRun(Record r) {
        return new SyncRun(
                r.get(H_ID),
                r.get(H_INVOCATION),
                r.get(H_CONNECTOR),
                r.get(H_STREAM),
                r.get(H_MODE),
                RunStatus.fromLabel(r.get(H_STATUS)),
                r.get(H_STARTED),
                r.get(H_FINISHED),
                new RunCounts(
                        r.get(H_PROCESSED),
                        r.get(H_CREATED),
                        r.get(H_UPDATED),
                        r.get(H_UNCHANGED),
                        r.get(H_REJECTED),
                        r.get(H_DELETED)),
                r.get(H_CURSOR_BEFORE),
                r.get(H_CURSOR_AFTER),
                r.get(H_ERROR));
    }
}
