package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    private static final Map<String, String> ENV = Map.of("TESTCRM_API_KEY", "key");

    @TempDir
    Path dir;

    private String warehouseOption() {
        return "--warehouse=jdbc:duckdb:" + dir.resolve("w.duckdb");
    }

    @Test
    void lists_each_stream_run_newest_first_with_its_counts() {
        IngestCli.run(ENV, warehouseOption(), "sync", "testcrm");
        IngestCli.run(ENV, warehouseOption(), "sync", "testcrm", "people");

        IngestCli.Result result = IngestCli.run(ENV, warehouseOption(), "history");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(4);
        assertThat(result.out().lines().toList().get(0))
                .containsPattern(
                        "STARTED +CONNECTOR +STREAM +MODE +STATUS +PROCESSED +CREATED +UPDATED +UNCHANGED +REJECTED +SECONDS +ERROR");
        assertThat(result.out().lines().toList().get(1))
                .containsPattern("testcrm +people +incremental +success +1 +0 +0 +1 +0 +[0-9.]+ +-");
        assertThat(result.out())
                .containsPattern("testcrm +people +full +success +3 +3 +0 +0 +0")
                .containsPattern("testcrm +orders +full +partial +4 +3 +0 +0 +1");
    }

    @Test
    void limit_and_connector_narrow_the_list() {
        IngestCli.run(ENV, warehouseOption(), "sync", "testcrm");

        assertThat(IngestCli.run(ENV, warehouseOption(), "history", "--limit=1")
                        .out()
                        .lines())
                .hasSize(2);
        assertThat(IngestCli.run(ENV, warehouseOption(), "history", "--connector=hubspot")
                        .out())
                .startsWith("no runs recorded in ");
    }
}
