package dev.ingest.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.PeopleConnector;
import dev.ingest.core.testing.PeopleSource;
import dev.ingest.core.testing.WarehouseFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.Record;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A sync killed with SIGKILL in mid-run, then run again: the warehouse ends equal to the source. */
class KilledSyncIT {

    private static final int RECORDS = 1_000;

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void resumesAfterKillMinusNineWithNoGapAndNoDuplicate(WarehouseConfig.Kind kind) throws Exception {
        try (WarehouseFixture fixture = WarehouseFixture.create(kind)) {
            fixture.warehouse();
            fixture.release();

            long committedBeforeKill = runAndKill(fixture.config());

            Warehouse warehouse = fixture.warehouse();
            SyncRun killed = warehouse.history().recent("people", 1).get(0);
            assertThat(killed.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(killed.counts().processed()).isBetween(50L, RECORDS - 50L);

            PeopleConnector connector = new PeopleConnector(PeopleSource.generate(RECORDS), false).pageSize(50);
            SyncReport report = new SyncEngine(warehouse)
                    .sync(
                            connector,
                            connector.open(Settings.fromShortNames(connector.name(), connector.settings(), Map.of())),
                            SyncRequest.all().withBatchSize(50),
                            SyncListener.NONE);

            StreamResult resumed = report.streams().get(0);
            assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
            assertThat(connector.lastRequest().checkpoint()).isNotNull();
            assertThat(resumed.counts().processed())
                    .isEqualTo(RECORDS - killed.counts().processed());
            assertThat(killed.counts().processed()).isGreaterThanOrEqualTo(committedBeforeKill);

            SyncRun markedDead = warehouse.history().get(killed.id());
            assertThat(markedDead.status()).isEqualTo(RunStatus.FAILED);
            assertThat(markedDead.error()).contains("ended without finishing");

            List<Record> rows = warehouse.dsl().fetch("SELECT id, name FROM people.people ORDER BY id");
            assertThat(rows).hasSize(RECORDS);
            for (int i = 0; i < RECORDS; i++) {
                assertThat(rows.get(i).get("id", Long.class)).isEqualTo(i + 1L);
                assertThat(rows.get(i).get("name", String.class)).isEqualTo("Person " + (i + 1));
            }
            assertThat(warehouse.states().load("people", "people").cursor())
                    .isEqualTo(PeopleSource.BASE.plusSeconds(RECORDS).toString());
        }
    }

    /** Starts the sync in a child JVM, kills it once a few batches are committed; returns how many were. */
    private static long runAndKill(WarehouseConfig config) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        SlowPeopleSyncMain.class.getName(),
                        config.url(),
                        config.user() == null ? "" : config.user(),
                        Integer.toString(RECORDS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long committed = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                committed = Long.parseLong(line.substring("committed ".length()));
                if (committed >= 300) {
                    break;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(committed).isGreaterThanOrEqualTo(300);
        return committed;
    }
}
