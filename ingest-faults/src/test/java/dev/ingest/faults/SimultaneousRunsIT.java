package dev.ingest.faults;

import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.sample.SampleConnector;
import dev.ingest.core.internal.sample.SampleTable;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.WarehouseFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two syncs of the same connector start at the same instant, as two scheduled processes would: each with its own
 * warehouse pool on one PostgreSQL database. One stream must never be loaded by both at once.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SimultaneousRunsIT {

    private static final int PAIRS = 10;
    private static final int CONTACTS = 2_000;
    private static final int BATCH_SIZE = 500;

    private final SampleConnector connector = new SampleConnector();

    @RegisterExtension
    final Resources resources = new Resources();

    @Test
    void simultaneousRunsNeverSyncOneStreamTwice() throws Exception {
        WarehouseFixture fixture = resources.add(WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES));
        Settings settings = Settings.fromShortNames(
                connector.name(), connector.settings(), Map.of("COUNT", String.valueOf(CONTACTS)));
        List<Warehouse> warehouses = List.of(
                resources.add(Warehouse.open(fixture.config())), resources.add(Warehouse.open(fixture.config())));
        List<Client> clients =
                List.of(resources.add(connector.open(settings)), resources.add(connector.open(settings)));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        resources.add(threads::shutdownNow);
        // Every pair is checked, so that one report shows each way the runs collided.
        SoftAssertions soft = new SoftAssertions();

        for (int pair = 0; pair < PAIRS; pair++) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SyncReport>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                SyncEngine engine = new SyncEngine(warehouses.get(i));
                Client client = clients.get(i);
                runs.add(threads.submit(() -> {
                    start.await();
                    return engine.sync(
                            connector,
                            client,
                            SyncRequest.all().withFull(true).withBatchSize(BATCH_SIZE),
                            SyncListener.NONE);
                }));
            }
            start.countDown();
            SyncReport one = runs.get(0).get(60, TimeUnit.SECONDS);
            SyncReport other = runs.get(1).get(60, TimeUnit.SECONDS);
            for (SampleTable table : SampleTable.values()) {
                assertOneLoadedAtATime(
                        soft,
                        warehouses.get(0),
                        "pair " + pair + ", " + table.stream().name(),
                        result(one, table),
                        result(other, table));
            }
        }

        for (SampleTable table : SampleTable.values()) {
            StreamLedger ledger = new StreamLedger(
                    warehouses.get(0), connector.name(), table.stream().name());
            soft.check(() -> ledger.assertHoldsExactly(SourceKeys.ids(clients.get(0), table.stream())));
            soft.check(ledger::assertHistoryMatchesTable);
        }
        soft.assertAll();
    }

    /**
     * Either both runs loaded the stream one after the other, or one loaded it and the other stood back with a
     * message naming the run that held the stream (not a raw SQL error of the collision).
     */
    private static void assertOneLoadedAtATime(
            SoftAssertions soft, Warehouse warehouse, String what, StreamResult one, StreamResult other) {
        if (!loaded(one) && !loaded(other)) {
            soft.fail("%s: neither run loaded it: %s / %s", what, one.error(), other.error());
            return;
        }
        if (loaded(one) && loaded(other)) {
            SyncRun a = warehouse.history().get(one.runId());
            SyncRun b = warehouse.history().get(other.runId());
            soft.assertThat(!a.finishedAt().isAfter(b.startedAt())
                            || !b.finishedAt().isAfter(a.startedAt()))
                    .as(
                            "%s loaded by two runs at once: %s [%s, %s] and %s [%s, %s]",
                            what, a.id(), a.startedAt(), a.finishedAt(), b.id(), b.startedAt(), b.finishedAt())
                    .isTrue();
            return;
        }
        StreamResult holder = loaded(one) ? one : other;
        StreamResult refused = loaded(one) ? other : one;
        if (refused.error() != null && refused.error().contains(" skipped with ")) {
            // Skipped behind a stream declared before it that the other run held, never loaded beside it.
            soft.assertThat(refused.error())
                    .as("%s: the run that did not load it says which earlier stream was busy", what)
                    .containsPattern("skipped with sample\\.[a-z]+, which another run is syncing");
            return;
        }
        soft.assertThat(refused.error())
                .as(
                        "%s: the run that did not load it (%s) says why, naming the run %s that held it",
                        what, refused.status().label(), holder.runId())
                .contains(holder.runId());
    }

    private static boolean loaded(StreamResult result) {
        return result.status() == RunStatus.SUCCESS || result.status() == RunStatus.PARTIAL;
    }

    private static StreamResult result(SyncReport report, SampleTable table) {
        return report.streams().stream()
                .filter(s -> s.stream().equals(table.stream().name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        table.stream().name() + " missing from the report of " + report.invocationId()));
    }
}
