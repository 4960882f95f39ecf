package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.WarehouseFixture;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ConcurrentSyncTest {

    @Test
    @Timeout(120)
    void aSyncOfAStreamAnotherRunHoldsSkipsItRecordsTheSkipAndExits4() throws Exception {
        try (WarehouseFixture fixture = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES)) {
            Warehouse warehouse = fixture.warehouse();
            String option = "--warehouse=" + fixture.config().url();
            CompletableFuture<IngestCli.Result> first = slowPeopleSync(warehouse, option);

            IngestCli.Result second = IngestCli.run(
                    Map.of("TESTCRM_API_KEY", "second-run-key-0002"), option, "sync", "testcrm", "people");

            assertThat(second.exitCode()).as(second.all()).isEqualTo(ExitCodes.SKIPPED);
            assertThat(second.out())
                    .contains("testcrm into")
                    .contains(": skipped")
                    .containsPattern("people +full +skipped +0 +0 +0 +0 +0")
                    .contains("testcrm.people is being synced by run ");
            assertThat(first.get().exitCode()).as(first.get().all()).isZero();
            assertThat(warehouse.history().recent("testcrm", 10))
                    .extracting(SyncRun::status)
                    .containsExactlyInAnyOrder(RunStatus.SUCCESS, RunStatus.SKIPPED);
        }
    }

    @Test
    @Timeout(120)
    void theStreamsDeclaredAfterABusyStreamAreSkippedWithItNotLoadedBesideItsHalfWrittenRows() throws Exception {
        try (WarehouseFixture fixture = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES)) {
            Warehouse warehouse = fixture.warehouse();
            String option = "--warehouse=" + fixture.config().url();
            CompletableFuture<IngestCli.Result> first = slowPeopleSync(warehouse, option);

            IngestCli.Result second =
                    IngestCli.run(Map.of("TESTCRM_API_KEY", "second-run-key-0002"), option, "sync", "testcrm");

            assertThat(second.exitCode()).as(second.all()).isEqualTo(ExitCodes.SKIPPED);
            assertThat(second.out())
                    .containsPattern("orders +full +skipped +0 +0 +0 +0 +0")
                    .contains("testcrm.orders skipped with testcrm.people, which another run is syncing");
            assertThat(first.get().exitCode()).as(first.get().all()).isZero();
            assertThat(warehouse.history().recent("testcrm", 10))
                    .extracting(SyncRun::stream, SyncRun::status)
                    .containsExactlyInAnyOrder(
                            tuple("people", RunStatus.SUCCESS),
                            tuple("people", RunStatus.SKIPPED),
                            tuple("orders", RunStatus.SKIPPED));
            assertThat(warehouse.dsl().fetchValue("SELECT to_regclass('testcrm.orders')"))
                    .as("orders never loaded, not even its table made")
                    .isNull();
        }
    }

    /** A sync of people, a record every 1.5 s, once it holds the stream. */
    private static CompletableFuture<IngestCli.Result> slowPeopleSync(Warehouse warehouse, String option)
            throws InterruptedException {
        Map<String, String> slow = Map.of("TESTCRM_API_KEY", "first-run-key-0001", "TESTCRM_RECORD_DELAY_MS", "1500");
        CompletableFuture<IngestCli.Result> first =
                CompletableFuture.supplyAsync(() -> IngestCli.run(slow, option, "sync", "testcrm", "people"));
        while (warehouse.history().running("testcrm", "people").isEmpty()) {
            Thread.sleep(20);
        }
        return first;
    }
}
