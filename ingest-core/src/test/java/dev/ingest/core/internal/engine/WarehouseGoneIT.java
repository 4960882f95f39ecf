package dev.ingest.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.sample.SampleConnector;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.TcpProxy;
import dev.ingest.core.testing.WarehouseFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A PostgreSQL warehouse that goes away in the middle of a run, longer than the pool waits for a connection. */
class WarehouseGoneIT {

    @Test
    @Timeout(180)
    void aWarehouseGoneMidRunFailsTheRunStartsNoOtherStreamAndTheNextRunClosesItsRowAndResumes() throws Exception {
        try (WarehouseFixture fixture = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES);
                TcpProxy proxy = new TcpProxy(
                        "127.0.0.1",
                        Integer.parseInt(WarehouseFixture.POSTGRES_HOST.split(":")[1]))) {
            WarehouseConfig direct = fixture.config();
            WarehouseConfig viaProxy = new WarehouseConfig(
                    direct.url().replace(WarehouseFixture.POSTGRES_HOST, "127.0.0.1:" + proxy.port()),
                    direct.user(),
                    direct.password());
            SampleConnector connector = new SampleConnector();
            Settings settings = Settings.fromShortNames(connector.name(), connector.settings(), Map.of("COUNT", "200"));
            SyncRequest request = SyncRequest.all().withBatchSize(50);

            SyncReport cut;
            try (Warehouse warehouse = Warehouse.open(viaProxy)) {
                cut = new SyncEngine(warehouse)
                        .sync(connector, connector.open(settings), request, severAfterFirstBatch(proxy));
            }

            assertThat(cut.streams()).hasSize(1);
            StreamResult failed = cut.streams().get(0);
            assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
            assertThat(failed.error())
                    .contains("recording the end of the run failed")
                    .doesNotContain("\n");

            proxy.restore();
            try (Warehouse warehouse = Warehouse.open(viaProxy)) {
                SyncReport next =
                        new SyncEngine(warehouse).sync(connector, connector.open(settings), request, SyncListener.NONE);

                assertThat(next.status()).isEqualTo(RunStatus.SUCCESS);
                SyncRun closed = warehouse.history().get(failed.runId());
                assertThat(closed.status()).isEqualTo(RunStatus.FAILED);
                assertThat(closed.error()).contains("could not record its end");
                for (String table : List.of("companies", "contacts", "deals")) {
                    long rows =
                            ((Number) warehouse.dsl().fetchValue("SELECT count(*) FROM sample." + table)).longValue();
                    long created = warehouse.history().recent("sample", 20).stream()
                            .filter(run -> run.stream().equals(table))
                            .mapToLong(run -> run.counts().created())
                            .sum();
                    assertThat(created).as(table).isEqualTo(rows);
                }
            }
        }
    }

    private static SyncListener severAfterFirstBatch(TcpProxy proxy) {
        return new SyncListener() {
            @Override
            public void batchDone(String stream, RunCounts soFar) {
                try {
                    proxy.sever();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
