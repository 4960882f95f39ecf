package dev.ingest.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.history.RunLog;
import dev.ingest.core.internal.sample.SampleConnector;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.testing.FaultyConnector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every sync that writes is on record in the history, even one that fails before any stream starts. */
class DiscoveryOnRecordTest {

    @TempDir
    Path dir;

    private Warehouse warehouse;

    @BeforeEach
    void open() {
        warehouse = Warehouse.open(new WarehouseConfig("jdbc:duckdb:" + dir.resolve("w.duckdb"), null, null));
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void aSyncWhoseDiscoveryFailsLeavesAFailedRowNamingTheCause() {
        Connector unreachable = new FaultyConnector(new SampleConnector())
                .failDiscovery(new SourceException("GET http://127.0.0.1:9/schema: connection refused to 127.0.0.1:9"));

        assertThatThrownBy(() -> sync(unreachable, SyncRequest.all())).isInstanceOf(SourceException.class);

        List<SyncRun> runs = warehouse.history().recent("sample", 10);
        assertThat(runs).hasSize(1);
        SyncRun run = runs.get(0);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.stream()).isNull();
        assertThat(run.mode()).isEqualTo(SyncRun.DISCOVERY);
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.error()).isEqualTo("GET http://127.0.0.1:9/schema: connection refused to 127.0.0.1:9");
        assertThat(new RunLog(warehouse.dsl()).streamsOnRecord("sample")).isEmpty();
    }

    @Test
    void anUnknownStreamNameIsRecordedAsAFailedRunToo() {
        assertThatThrownBy(() -> sync(new SampleConnector(), SyncRequest.all().withStreams(List.of("nosuch"))))
                .isInstanceOf(ConfigException.class);

        assertThat(warehouse.history().recent("sample", 10)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.error()).startsWith("unknown stream 'nosuch' of connector sample");
        });
    }

    @Test
    void aSyncWhoseDiscoverySucceedsIsRecordedByItsStreamsRowsAlone() {
        SyncReport report = sync(new SampleConnector(), SyncRequest.all());

        assertThat(warehouse.history().recent("sample", 10))
                .extracting(SyncRun::stream)
                .containsExactlyInAnyOrderElementsOf(
                        report.streams().stream().map(StreamResult::stream).toList());
    }

    private SyncReport sync(Connector connector, SyncRequest request) {
        try (Client client = connector.open(
                Settings.fromShortNames(connector.name(), connector.settings(), Map.of("COUNT", "10")))) {
            return new SyncEngine(warehouse).sync(connector, client, request, SyncListener.NONE);
        }
    }
}
