package dev.ingest.core.internal.engine;

import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.StreamState;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.history.SyncHistory;
import dev.ingest.core.internal.warehouse.StagedRow;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pipeline every connector runs through: extract, transform, validate, load, record.
 * Streams sync one after another in declared order, so parents land before their children; a stream another run is
 * syncing is skipped together with the streams declared after it, which may be its children.
 */
public final class SyncEngine {

    private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

    private final Warehouse warehouse;
    private volatile boolean cancelled;

    /** @param warehouse where rows, history and state go; unused by dry runs except to read cursors */
    public SyncEngine(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * Asks a running sync to stop after the batch it is loading (a batch the source gives after the cancel is not
     * loaded); its streams end {@code cancelled}.
     */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Syncs the requested streams of {@code connector} through {@code client}.
     *
     * @throws ConfigException when a stream name or {@code --since} is not valid, before anything is read
     */
    public SyncReport sync(Connector connector, Client client, SyncRequest request, SyncListener listener) {
        String invocationId = UUID.randomUUID().toString();
        if (request.dryRun()) {
            return syncStreams(connector, client, request, listener, invocationId, plan(connector, client, request));
        }
        Instant now = Instant.now();
        warehouse.history().failAbandoned(now);
        // On record before the source is first asked anything: a run that fails in discovery is not invisible.
        SyncRun discovery = SyncHistory.discovery(invocationId, connector.name(), now);
        warehouse.history().start(discovery);
        List<StreamPlan> plans;
        try {
            plans = plan(connector, client, request);
        } catch (RuntimeException e) {
            warehouse.history().end(discovery.id(), RunStatus.FAILED, null, ErrorText.of(e), Instant.now());
            throw e;
        } finally {
            warehouse.history().released(discovery.id());
        }
        if (plans.isEmpty()) {
            warehouse.history().end(discovery.id(), RunStatus.SUCCESS, null, null, Instant.now());
        } else {
            // The streams' rows, of the same invocation, record the run from here.
            warehouse.history().remove(discovery.id());
        }
        return syncStreams(connector, client, request, listener, invocationId, plans);
    }

    /**
     * The selected streams' plans, read from the source's discovery and the stored state.
     *
     * @throws ConfigException when a stream name or {@code --since} is not valid
     */
    private List<StreamPlan> plan(Connector connector, Client client, SyncRequest request) {
        List<Stream> streams = select(connector, client, request.streams());
        if (request.since() != null && streams.stream().noneMatch(Stream::incremental)) {
            throw new ConfigException("--since needs a stream with a cursor; none of " + connector.name()
                    + "'s selected streams has one");
        }
        List<StreamPlan> plans = new ArrayList<>();
        for (Stream stream : streams) {
            plans.add(StreamPlan.of(
                    connector.name(), stream, request, warehouse.states().load(connector.name(), stream.name())));
        }
        return plans;
    }

    private SyncReport syncStreams(
            Connector connector,
            Client client,
            SyncRequest request,
            SyncListener listener,
            String invocationId,
            List<StreamPlan> plans) {
        List<Supplier<StreamResult>> runs = new ArrayList<>();
        // The first stream, in declared order, that another run holds: the streams after it are skipped with it.
        AtomicInteger firstBusy = new AtomicInteger(Integer.MAX_VALUE);
        for (int index = 0; index < plans.size(); index++) {
            StreamPlan plan = plans.get(index);
            int position = index;
            runs.add(() -> {
                StreamSync sync = new StreamSync(
                        warehouse, connector.name(), invocationId, plan, request, listener, () -> cancelled);
                int busy = firstBusy.get();
                StreamResult result = position > busy
                        ? sync.skipBehind(plans.get(busy).stream().name())
                        : sync.run(client);
                if (result.status() == RunStatus.SKIPPED) {
                    firstBusy.accumulateAndGet(position, Math::min);
                }
                listener.streamFinished(result);
                if (result.status() == RunStatus.FAILED || result.status() == RunStatus.SKIPPED) {
                    // Info, not warn: the result carries the error to the caller, who reports it (the runner's
                    // summary).
                    log.info(
                            "{}.{} {}: {}",
                            connector.name(),
                            plan.stream().name(),
                            result.status().label(),
                            result.error());
                }
                return result;
            });
        }
        return new SyncReport(connector.name(), invocationId, request.dryRun(), runAll(runs, request));
    }

    /** Runs the streams' syncs in order, or {@code parallel} at a time; a cancel stops those not yet started. */
    private List<StreamResult> runAll(List<Supplier<StreamResult>> runs, SyncRequest request) {
        int parallel = request.parallel();
        List<StreamResult> results = new ArrayList<>();
        if (parallel == 1) {
            for (Supplier<StreamResult> run : runs) {
                if (cancelled) {
                    break;
                }
                StreamResult result = run.get();
                results.add(result);
                // Each stream would wait out the pool's timeout only to fail the same way, and could record nothing.
                if (result.status() == RunStatus.FAILED && !request.dryRun() && !warehouse.answers()) {
                    log.warn("the warehouse does not answer; the streams after {} are not started", result.stream());
                    break;
                }
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, runs.size())));
        try {
            List<Future<StreamResult>> futures = new ArrayList<>();
            for (Supplier<StreamResult> run : runs) {
                futures.add(pool.submit(() -> cancelled ? null : run.get()));
            }
            for (Future<StreamResult> future : futures) {
                StreamResult result = future.get();
                if (result != null) {
                    results.add(result);
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static List<Stream> select(Connector connector, Client client, List<String> names) {
        List<Stream> available = connector.discover(client);
        if (names.isEmpty()) {
            return available;
        }
        Map<String, Stream> byName = new LinkedHashMap<>();
        available.forEach(s -> byName.put(s.name(), s));
        for (String name : names) {
            if (!byName.containsKey(name)) {
                throw new ConfigException("unknown stream '" + name + "' of connector " + connector.name()
                        + "; its streams: " + String.join(", ", byName.keySet()));
            }
        }
        return available.stream().filter(s -> names.contains(s.name())).toList();
    }

    /** A stream's window, decided before any stream is read so that a bad {@code --since} fails early. */
    record StreamPlan(
            Stream stream,
            SyncMode mode,
            String windowCursor,
            String checkpoint,
            String maxCursorSoFar,
            String storedCursor) {

        static StreamPlan of(String connector, Stream stream, SyncRequest request, StreamState state) {
            if (request.since() != null && stream.incremental()) {
                String since = SinceParser.parse(
                        request.since(), stream.cursorColumn().orElseThrow().type());
                return new StreamPlan(stream, SyncMode.INCREMENTAL, since, null, null, state.cursor());
            }
            SyncMode mode = request.full() || request.since() != null || !stream.incremental() || state.cursor() == null
                    ? SyncMode.FULL
                    : SyncMode.INCREMENTAL;
            StreamState.Resume resume = state.resume();
            if (resume != null
                    && resume.checkpoint() != null
                    && resume.mode().equals(mode.label())
                    && request.since() == null) {
                log.info("{}.{}: resuming the interrupted {} run", connector, stream.name(), mode.label());
                return new StreamPlan(
                        stream, mode, resume.windowCursor(), resume.checkpoint(), resume.maxCursor(), state.cursor());
            }
            return new StreamPlan(
                    stream, mode, mode == SyncMode.INCREMENTAL ? state.cursor() : null, null, null, state.cursor());
        }
    }

    /** Splits rows into rounds of distinct keys, so a key given twice in a batch is applied in order, last winning. */
    static List<List<StagedRow>> distinctKeyRounds(List<StagedRow> rows, int[] keyIndexes) {
        Set<Object> keys = new HashSet<>(rows.size() * 2);
        for (StagedRow row : rows) {
            if (!keys.add(key(row, keyIndexes))) {
                return splitIntoRounds(rows, keyIndexes);
            }
        }
        return List.of(rows);
    }

    private static List<List<StagedRow>> splitIntoRounds(List<StagedRow> rows, int[] keyIndexes) {
        List<List<StagedRow>> rounds = new ArrayList<>();
        List<Set<Object>> keys = new ArrayList<>();
        for (StagedRow row : rows) {
            Object key = key(row, keyIndexes);
            int round = 0;
            while (round < rounds.size() && keys.get(round).contains(key)) {
                round++;
            }
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
                keys.add(new HashSet<>());
            }
            rounds.get(round).add(row);
            keys.get(round).add(key);
        }
        return rounds;
    }

    /** The row's key: its one key value, or the list of them; key values are never null once validated. */
    private static Object key(StagedRow row, int[] keyIndexes) {
        if (keyIndexes.length == 1) {
            return row.values()[keyIndexes[0]];
        }
        Object[] key = new Object[keyIndexes.length];
        for (int i = 0; i < keyIndexes.length; i++) {
            key[i] = row.values()[keyIndexes[i]];
        }
        return List.of(key);
    }
}
