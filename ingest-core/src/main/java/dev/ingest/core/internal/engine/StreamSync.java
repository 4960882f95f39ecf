package dev.ingest.core.internal.engine;

import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.StreamState;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.engine.SyncEngine.StreamPlan;
import dev.ingest.core.internal.history.SyncHistory;
import dev.ingest.core.internal.history.SyncStateStore;
import dev.ingest.core.internal.warehouse.KeyExistsException;
import dev.ingest.core.internal.warehouse.StagedRow;
import dev.ingest.core.internal.warehouse.TableRef;
import dev.ingest.core.internal.warehouse.UpsertCounts;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.SourceQuotaException;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** One stream's run: its history row, its batches each committed with state, and how it ended. */
final class StreamSync {

    private static final int SAMPLE_ROWS = 5;
    /**
     * The most records asked of a source per page. Pages are gathered into batches after transforming,
     * so raw records (a source's parsed JSON, several times a row's size) die young instead of filling the heap.
     */
    private static final int PAGE_RECORDS = 1_000;

    private final Warehouse warehouse;
    private final String connector;
    private final String invocationId;
    private final StreamPlan plan;
    private final Stream stream;
    private final SyncRequest request;
    private final SyncListener listener;
    private final BooleanSupplier cancelled;
    private final ColumnType cursorType;
    private final int[] keyIndexes;

    private final boolean detectDeletions;
    /** Whether this run records the keys it sees, to mark at its end the rows it did not see. */
    private boolean trackSeen;
    /** Whether batches go straight into the table, which held none of the source's keys when the run began. */
    private boolean direct;
    /**
     * Whether the next batch is expected to be mostly new or changed rows, merged whole without first looking up their
     * hashes: so is an incremental window's first, and any batch after one that was.
     */
    private boolean mostlyChanged;

    private RunCounts counts = RunCounts.ZERO;
    /** How many batches this run has committed, as its history row must count them. */
    private long committedBatches;

    private Comparable<Object> maxCursor;

    StreamSync(
            Warehouse warehouse,
            String connector,
            String invocationId,
            StreamPlan plan,
            SyncRequest request,
            SyncListener listener,
            BooleanSupplier cancelled) {
        this.warehouse = warehouse;
        this.connector = connector;
        this.invocationId = invocationId;
        this.plan = plan;
        this.stream = plan.stream();
        this.request = request;
        this.listener = listener;
        this.cancelled = cancelled;
        this.cursorType = stream.cursorColumn().map(c -> c.type()).orElse(null);
        this.keyIndexes =
                stream.primaryKey().stream().mapToInt(stream::columnIndex).toArray();
        this.maxCursor = parseCursor(plan.maxCursorSoFar());
        // Only a complete full sync has seen every key the source has.
        this.detectDeletions = stream.detectsDeletions() && plan.mode() == SyncMode.FULL && request.limit() == 0;
        this.mostlyChanged = plan.mode() == SyncMode.INCREMENTAL;
    }

    StreamResult run(Client client) {
        return request.dryRun() ? dryRun(client) : load(client);
    }

    private StreamResult load(Client client) {
        Instant started = Instant.now();
        SyncRun run = newRun(started);
        String runId = run.id();
        Optional<SyncRun> holder;
        try {
            holder = warehouse.claim(run);
        } catch (RuntimeException e) {
            return result(
                    null,
                    RunStatus.FAILED,
                    plan.storedCursor(),
                    "cannot record the start of the run: " + ErrorText.of(e),
                    started);
        }
        if (holder.isPresent()) {
            return skip(run, holder.get());
        }
        try {
            return loadClaimed(client, runId, Instant.now());
        } finally {
            warehouse.history().released(runId);
        }
    }

    private StreamResult loadClaimed(Client client, String runId, Instant started) {
        listener.streamStarted(stream.name(), plan.mode().label(), plan.windowCursor());
        if (plan.checkpoint() != null) {
            listener.streamResumed(stream.name(), plan.checkpoint());
        }
        RunStatus status;
        String error = null;
        // The source is read while the table is prepared: for a small incremental window that is a good share of the
        // run.
        try (BatchPipeline pipeline = openWindow(client)) {
            TableRef table = warehouse.prepare(connector, stream);
            direct = warehouse.isEmpty(table);
            // A full sync into a table that held nothing when it began writes every row the table will hold, so
            // none can go unseen: it need not track keys. Resumed, such a run left no keys behind, which tells it.
            boolean fresh = plan.checkpoint() == null;
            trackSeen = detectDeletions && !(fresh ? direct : warehouse.seenIsEmpty(table));
            if (detectDeletions && fresh) {
                warehouse.inTransaction(tx -> {
                    warehouse.forgetSeen(tx, table);
                    return null;
                });
            }
            if (drain(pipeline, batch -> commit(table, runId, batch))) {
                status = counts.rejected() > 0 ? RunStatus.PARTIAL : RunStatus.SUCCESS;
                return result(runId, status, complete(table, runId, status), null, started);
            }
            status = RunStatus.CANCELLED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = RunStatus.CANCELLED;
        } catch (SourceQuotaException e) {
            // What was committed stands and the next run resumes after it: the run is cut short, not wrong.
            status = RunStatus.PARTIAL;
            error = ErrorText.of(e);
        } catch (RuntimeException e) {
            status = RunStatus.FAILED;
            error = ErrorText.of(e);
        }
        return end(runId, status, error, started);
    }

    /**
     * Ends a run that read its whole window: marks what it did not see, saves the final state and records the end, in
     * one plain (durable) transaction that first checks that every batch the run committed is still there.
     *
     * @return the cursor the run leaves
     */
    private String complete(TableRef table, String runId, RunStatus status) {
        String cursorAfter = finalCursor();
        // A rejected record's key went unseen though the source has it, so it must not be marked deleted.
        boolean markDeleted = trackSeen && counts.rejected() == 0;
        long deleted = warehouse.inTransaction(tx -> {
            Instant now = Instant.now();
            long marked = markDeleted ? warehouse.markUnseenDeleted(tx, table, now, runId) : 0;
            new SyncStateStore(tx).save(connector, stream.name(), new StreamState(cursorAfter, null), now);
            new SyncHistory(tx).complete(runId, committedBatches, status, counts.withDeleted(marked), cursorAfter, now);
            return marked;
        });
        counts = counts.withDeleted(deleted);
        return cursorAfter;
    }

    /**
     * Ends a run that failed or was cancelled. What it reports, counts and cursor, is read back from the warehouse:
     * a batch whose commit failed may have been kept, and a crash may have undone batches that had committed.
     */
    private StreamResult end(String runId, RunStatus status, String error, Instant started) {
        String cursorAfter = null;
        try {
            cursorAfter = warehouse.states().load(connector, stream.name()).cursor();
            warehouse.history().end(runId, status, cursorAfter, error, Instant.now());
            counts = warehouse.history().get(runId).counts();
        } catch (RuntimeException e) {
            error = (error == null ? "" : error + "; ")
                    + "recording the end of the run failed (the next run marks it failed): " + ErrorText.of(e);
        }
        return result(runId, status, cursorAfter, error, started);
    }

    private SyncRun newRun(Instant started) {
        return new SyncRun(
                UUID.randomUUID().toString(),
                invocationId,
                connector,
                stream.name(),
                plan.mode().label(),
                RunStatus.RUNNING,
                started,
                null,
                RunCounts.ZERO,
                plan.windowCursor(),
                null,
                null);
    }

    /** Records and reports a run that did not start because {@code holder} is syncing the stream. */
    private StreamResult skip(SyncRun run, SyncRun holder) {
        return skip(
                run,
                connector + "." + stream.name() + " is being synced by run " + holder.id() + ", started "
                        + holder.startedAt() + "; skipped");
    }

    /**
     * Skips the stream, unread, because {@code busy}, declared before it, is being synced by another run: a stream
     * may refer to the rows of those declared before it, which must not be loaded beside a half-written one.
     */
    StreamResult skipBehind(String busy) {
        return skip(
                newRun(Instant.now()),
                connector + "." + stream.name() + " skipped with " + connector + "." + busy
                        + ", which another run is syncing (streams after a busy one wait for the next run)");
    }

    private StreamResult skip(SyncRun run, String reason) {
        try {
            warehouse.history().skipped(run, reason);
        } catch (RuntimeException e) {
            reason += "; recording the skip failed: " + ErrorText.of(e);
        }
        return result(run.id(), RunStatus.SKIPPED, plan.storedCursor(), reason, run.startedAt());
    }

    private StreamResult result(String runId, RunStatus status, String cursorAfter, String error, Instant started) {
        return new StreamResult(
                stream.name(),
                runId,
                plan.mode().label(),
                status,
                counts,
                plan.windowCursor(),
                cursorAfter,
                error,
                Duration.between(started, Instant.now()),
                List.of(),
                columnNames());
    }

    private void commit(TableRef table, String runId, ProcessedBatch batch) {
        if (direct) {
            try {
                commit(table, runId, batch, true);
                return;
            } catch (KeyExistsException e) {
                direct = false;
            }
        }
        commit(table, runId, batch, false);
    }

    /** One batch, its rejects, the stream's state and the run's counts, in one transaction. */
    private void commit(TableRef table, String runId, ProcessedBatch batch, boolean directWrite) {
        Comparable<Object> newMax = max(maxCursor, batch.maxCursor());
        StreamState.Resume resume =
                new StreamState.Resume(plan.mode().label(), plan.windowCursor(), batch.checkpoint(), format(newMax));
        String cursor = plan.mode() == SyncMode.INCREMENTAL
                ? format(max(parseCursor(plan.windowCursor()), newMax))
                : plan.storedCursor();
        long firstSeq = counts.rejected();
        RunCounts after = warehouse.inBatchTransaction(tx -> {
            Instant now = Instant.now();
            UpsertCounts loaded = UpsertCounts.NONE;
            List<List<StagedRow>> rounds = SyncEngine.distinctKeyRounds(batch.rows(), keyIndexes);
            for (int i = 0; i < rounds.size(); i++) {
                loaded = loaded.plus(
                        directWrite && i == 0
                                ? warehouse.insertNew(tx, table, rounds.get(i), now, runId, trackSeen)
                                : warehouse.upsert(tx, table, rounds.get(i), now, runId, trackSeen, mostlyChanged));
            }
            warehouse.rejects(tx).add(runId, connector, stream.name(), firstSeq, batch.rejects(), now);
            new SyncStateStore(tx).save(connector, stream.name(), new StreamState(cursor, resume), now);
            RunCounts total = counts.plus(
                    loaded.created(),
                    loaded.updated(),
                    loaded.unchanged(),
                    batch.rejects().size());
            new SyncHistory(tx).progress(runId, committedBatches, total, cursor, now);
            return total;
        });
        committedBatches++;
        long unchanged = after.unchanged() - counts.unchanged();
        mostlyChanged = 2 * unchanged < batch.rows().size();
        counts = after;
        maxCursor = newMax;
    }

    private StreamResult dryRun(Client client) {
        Instant started = Instant.now();
        listener.streamStarted(stream.name(), plan.mode().label(), plan.windowCursor());
        List<Row> sample = new ArrayList<>();
        RunStatus status;
        String error = null;
        try (BatchPipeline pipeline = openWindow(client)) {
            boolean complete = drain(pipeline, batch -> {
                for (StagedRow row : batch.rows()) {
                    if (sample.size() < SAMPLE_ROWS) {
                        sample.add(new Row(row.values(), row.deletedAt()));
                    }
                }
                counts = new RunCounts(
                        counts.processed() + batch.size(),
                        0,
                        0,
                        0,
                        counts.rejected() + batch.rejects().size());
                maxCursor = max(maxCursor, batch.maxCursor());
            });
            status = !complete ? RunStatus.CANCELLED : counts.rejected() > 0 ? RunStatus.PARTIAL : RunStatus.SUCCESS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = RunStatus.CANCELLED;
        } catch (RuntimeException e) {
            status = RunStatus.FAILED;
            error = ErrorText.of(e);
        }
        return new StreamResult(
                stream.name(),
                null,
                plan.mode().label(),
                status,
                counts,
                plan.windowCursor(),
                format(maxCursor),
                error,
                Duration.between(started, Instant.now()),
                sample,
                columnNames());
    }

    private List<String> columnNames() {
        return stream.columns().stream().map(c -> c.name()).toList();
    }

    /** Starts reading the stream's window, batch by batch. */
    private BatchPipeline openWindow(Client client) {
        ReadRequest window = new ReadRequest(
                plan.mode(), plan.windowCursor(), plan.checkpoint(), Math.min(request.batchSize(), PAGE_RECORDS));
        RecordTransformer transformer = new RecordTransformer(stream, request.raw());
        // A stream of a one-column key may compare its source with the rows it holds; others cannot be asked.
        StoredRows stored = stream.primaryKey().size() == 1 ? warehouse.storedRows(connector, stream) : StoredRows.NONE;
        return new BatchPipeline(
                stream.name(), client.read(stream, window, stored), transformer, request.batchSize(), request.limit());
    }

    /**
     * Hands each batch of the window to {@code handler}.
     *
     * @return whether the window was read to its end, rather than cut short by a cancel
     */
    private boolean drain(BatchPipeline pipeline, Consumer<ProcessedBatch> handler) throws InterruptedException {
        ProcessedBatch batch;
        // Checked again once a batch is in: a cancel that came while the source was slow to give it stops the run
        // before that batch, rather than after it as well. The run resumes from the checkpoint committed before it.
        while (!cancelled.getAsBoolean() && (batch = pipeline.next()) != null && !cancelled.getAsBoolean()) {
            handler.accept(batch);
            listener.batchDone(stream.name(), counts);
        }
        return !cancelled.getAsBoolean();
    }

    /** The cursor the next incremental run starts from, once this run has read its whole window. */
    private String finalCursor() {
        if (cursorType == null) {
            return null;
        }
        if (plan.mode() == SyncMode.INCREMENTAL) {
            return format(max(parseCursor(plan.windowCursor()), maxCursor));
        }
        // A limited full run has not seen every record, so the records it skipped must stay in reach.
        if (request.limit() > 0 || maxCursor == null) {
            return plan.storedCursor();
        }
        return format(maxCursor);
    }

    @SuppressWarnings("unchecked")
    private Comparable<Object> parseCursor(String text) {
        return text == null || cursorType == null ? null : (Comparable<Object>) cursorType.parse(text);
    }

    private String format(Comparable<Object> value) {
        return value == null ? null : cursorType.format(value);
    }

    private static Comparable<Object> max(Comparable<Object> a, Comparable<Object> b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
