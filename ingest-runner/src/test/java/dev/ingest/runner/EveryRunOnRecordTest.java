package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled sync that fails before any stream starts is on record, and says why. */
class EveryRunOnRecordTest {

    @TempDir
    Path dir;

    @Test
    void hubspotDiscoveryAgainstAnUnreachableBaseUrlLeavesAFailedRowNamingTheRefusedConnection() {
        String url = "jdbc:duckdb:" + dir.resolve("w.duckdb");
        IngestCli.Result result = IngestCli.run(
                Map.of(
                        "HUBSPOT_ACCESS_TOKEN", "pat-na1-00000000-0000-0000-0000-000000000000",
                        "HUBSPOT_BASE_URL", "http://127.0.0.1:9",
                        "HUBSPOT_MAX_ATTEMPTS", "1"),
                "--warehouse=" + url,
                "sync",
                "hubspot");

        assertThat(result.exitCode()).isEqualTo(ReadmeExitCodes.read().of("failed"));
        assertThat(result.err()).contains("connection refused to 127.0.0.1:9").doesNotContain("null");
        try (Warehouse warehouse = Warehouse.open(new WarehouseConfig(url, null, null))) {
            List<SyncRun> runs = warehouse.history().recent("hubspot", 10);
            assertThat(runs).singleElement().satisfies(run -> {
                assertThat(run.status()).isEqualTo(RunStatus.FAILED);
                assertThat(run.finishedAt()).isNotNull();
                assertThat(run.error()).contains("connection refused to 127.0.0.1:9");
            });
        }
        IngestCli.Result runs = IngestCli.run(Map.of(), "--warehouse=" + url, "runs", "--connector=hubspot");
        assertThat(runs.exitCode()).as(runs.all()).isZero();
        assertThat(runs.out()).contains("failed").contains("connection refused to 127.0.0.1:9");
    }
}
