package dev.ingest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One stream's table in a warehouse against its runs in {@code ingest.sync_history}: the checks every fault
 * scenario ends with. The table's key is a single integer {@code id}.
 */
final class StreamLedger {

    private final Warehouse warehouse;
    private final String connector;
    private final String stream;
    private final String table;

    StreamLedger(Warehouse warehouse, String connector, String stream) {
        this.warehouse = warehouse;
        this.connector = connector;
        this.stream = stream;
        this.table = connector + "." + stream;
    }

    long rows() {
        return warehouse.dsl().fetchOne("SELECT COUNT(*) FROM " + table).get(0, Long.class);
    }

    Set<Long> ids() {
        return new TreeSet<>(
                warehouse.dsl().fetch("SELECT CAST(id AS BIGINT) FROM " + table).getValues(0, Long.class));
    }

    /** The stream's runs, oldest first. */
    List<SyncRun> runs() {
        return warehouse.history().recent(connector, 10_000).stream()
                .filter(r -> stream.equals(r.stream()))
                .sorted(Comparator.comparing(SyncRun::startedAt))
                .toList();
    }

    /** Rows whose last change was made by {@code runId} ({@code _run_id}): what that run durably wrote and no later run touched. */
    long rowsLastChangedBy(String runId) {
        return warehouse
                .dsl()
                .fetchOne("SELECT COUNT(*) FROM " + table + " WHERE _run_id = CAST(? AS uuid)", runId)
                .get(0, Long.class);
    }

    /** Asserts the table holds exactly the source's keys, with no key twice, naming a few that differ. */
    void assertHoldsExactly(Set<Long> sourceIds) {
        Set<Long> ids = ids();
        Set<Long> missing = new TreeSet<>(sourceIds);
        missing.removeAll(ids);
        Set<Long> extra = new TreeSet<>(ids);
        extra.removeAll(sourceIds);
        assertThat(missing.size() + extra.size())
                .as(
                        "%s lacks %d of the source's %d keys (first: %s) and holds %d it has not (first: %s)",
                        table, missing.size(), sourceIds.size(), first(missing), extra.size(), first(extra))
                .isZero();
        assertThat(rows()).as("rows of %s, one per key", table).isEqualTo(ids.size());
    }

    /** Asserts no row is marked {@code _deleted_at}: the source has deleted none of them. */
    void assertNoneMarkedDeleted() {
        Set<Long> marked = new TreeSet<>(warehouse
                .dsl()
                .fetch("SELECT CAST(id AS BIGINT) FROM " + table + " WHERE _deleted_at IS NOT NULL")
                .getValues(0, Long.class));
        assertThat(marked.size())
                .as("%s rows marked deleted though the source still has them (first: %s)", table, first(marked))
                .isZero();
    }

    /**
     * Asserts the history tells what the table holds: no run is left {@code running}, and the runs' {@code created}
     * counts add up to the table's rows.
     */
    void assertHistoryMatchesTable() {
        List<SyncRun> runs = runs();
        assertThat(runs).as("%s runs left running", table).noneMatch(r -> r.status() == RunStatus.RUNNING);
        long created = runs.stream().mapToLong(r -> r.counts().created()).sum();
        assertThat(created)
                .as("%s: created over its runs %s against rows in the table", table, describe(runs))
                .isEqualTo(rows());
    }

    /** Asserts a run's history counts what it durably wrote: its created rows are the table's rows it last changed. */
    void assertCountsWhatItWrote(String runId) {
        SyncRun run = warehouse.history().get(runId);
        assertThat(run.counts().created())
                .as(
                        "%s run %s (%s, %s) counts %s created; the table holds rows it wrote",
                        table,
                        runId,
                        run.status().label(),
                        run.error(),
                        run.counts().created())
                .isEqualTo(rowsLastChangedBy(runId));
    }

    static String describe(List<SyncRun> runs) {
        return runs.stream()
                .map(r -> r.status().label() + " " + r.counts().created())
                .toList()
                .toString();
    }

    private static String first(Set<Long> ids) {
        return ids.stream().limit(5).toList() + (ids.size() > 5 ? " ..." : "");
    }
}
