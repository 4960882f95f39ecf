package dev.ingest.arrivy;

import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.testing.WarehouseFixture;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A full sync of tasks and their status events from the fake Arrivy, which answers at once, into a new warehouse.
 * Reported: the requests made against the fewest Arrivy's shape allows, and rows per second.
 *
 * <p>The fewest: each stream lists the tasks 500 a page until a short page, {@code floor(tasks / 500) + 1}
 * requests, and asks for the unscheduled and undated ones apart, so {@code floor(tasks / 500) + 3} per stream; no
 * call of a task's own while each has fewer statuses than {@code show_details} embeds. The connector reads the range in 30-day slices, each at least one request: that
 * overhead is printed apart. Arguments: {@code [tasks] [statuses per task] [duckdb|postgres]}, default 20,000, 5 and
 * DuckDB.
 */
public final class ArrivySyncBenchmark {

    private static final int PAGE = 500;

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int statuses = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        WarehouseConfig.Kind kind = args.length > 2
                ? WarehouseConfig.Kind.valueOf(args[2].toUpperCase(Locale.ROOT))
                : WarehouseConfig.Kind.DUCKDB;
        // A year back from now and the 90 days ahead, as a full sync from START_DATE reads them.
        Duration span = Duration.ofDays(365 + 89);
        try (FakeArrivy fake = new FakeArrivy();
                WarehouseFixture fixture = WarehouseFixture.create(kind)) {
            for (long id = 1; id <= count; id++) {
                fake.addTask(
                        id,
                        SeededAccount.NOW
                                .minus(Duration.ofDays(365))
                                .plus(span.multipliedBy(id).dividedBy(count + 1))
                                .atOffset(ZoneOffset.ofHours(-5)),
                        "Task " + id);
                fake.addStatuses(id, statuses, SeededAccount.NOW.minus(Duration.ofDays(1)));
            }
            ArrivyConnector connector = SeededAccount.connector();
            long started = System.nanoTime();
            SyncReport report;
            try (Client client = connector.open(SeededAccount.settings(
                    connector,
                    fake,
                    Map.of(
                            "START_DATE",
                            SeededAccount.NOW
                                    .minus(Duration.ofDays(365))
                                    .toString()
                                    .substring(0, 10))))) {
                report = new SyncEngine(fixture.warehouse())
                        .sync(
                                connector,
                                client,
                                SyncRequest.all().withStreams(List.of("tasks", "task_statuses")),
                                SyncListener.NONE);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long rows = 0;
            for (StreamResult stream : report.streams()) {
                rows += stream.counts().processed();
                System.out.printf(
                        Locale.ROOT,
                        "%s: %s, %,d rows in %.2f s%n",
                        stream.stream(),
                        stream.status(),
                        stream.counts().processed(),
                        stream.elapsed().toNanos() / 1e9);
            }
            int requests = fake.allRequests();
            int fewest = 2 * (count / PAGE + 3);
            int slices = (int) Math.ceil(span.toDays() / 30.0);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %,d tasks x %d statuses: %,d requests, the fewest Arrivy's shape allows %,d"
                            + " (+ up to %d for 30-day slices per stream); %,d calls of a task's own%n",
                    kind,
                    count,
                    statuses,
                    requests,
                    fewest,
                    slices,
                    fake.requestsMatching("/tasks/\\d+(/status)?"));
            System.out.printf(
                    Locale.ROOT,
                    "%,d rows in %.2f s = %,.0f rows/s (heap max %d MB)%n",
                    rows,
                    seconds,
                    rows / seconds,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
