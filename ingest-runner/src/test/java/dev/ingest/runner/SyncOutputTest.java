package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.StreamState;
import dev.ingest.core.internal.history.SyncStateStore;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a sync prints while it runs and after, as a scheduled run's log file gets it. */
class SyncOutputTest {

    private static final Map<String, String> ENV = Map.of("TESTCRM_API_KEY", "key");
    private static final String TIMESTAMP =
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})";

    @TempDir
    Path dir;

    private String warehouseUrl() {
        return "jdbc:duckdb:" + dir.resolve("w.duckdb");
    }

    @Test
    void without_a_terminal_each_stream_start_and_end_is_a_timestamped_line_without_verbose() {
        IngestCli.Result result = IngestCli.run(ENV, false, "--warehouse=" + warehouseUrl(), "sync", "testcrm");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.err().lines())
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).matches(TIMESTAMP + " .*"))
                .anySatisfy(line -> assertThat(line).endsWith(" people: started, full"))
                .anySatisfy(line -> assertThat(line)
                        .matches(".* people: success, 3 rows \\(3 created, 0 updated, 0 unchanged, 0 rejected\\)"
                                + " in [0-9.]+ s"))
                .anySatisfy(line -> assertThat(line).endsWith(" orders: started, full"))
                .anySatisfy(line -> assertThat(line)
                        .matches(".* orders: partial, 4 rows \\(3 created, 0 updated, 0 unchanged, 1 rejected\\)"
                                + " in [0-9.]+ s"));
        assertThat(result.err()).doesNotContain("\r");
    }

    @Test
    void without_a_terminal_an_import_logs_its_stream_too() throws Exception {
        Path file = Files.writeString(
                dir.resolve("users.csv"), "User #,First Name,Last Name,E-mail\n101,Ana,Lima,ana@example.com\n");

        IngestCli.Result result = IngestCli.run(
                Map.of(), false, "--warehouse=" + warehouseUrl(), "import", "genius_users", file.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err().lines())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).matches(TIMESTAMP + " [a-z_]+: .*"))
                .anySatisfy(line -> assertThat(line).matches(".*: success, 1 rows .*"));
    }

    @Test
    void the_summary_ends_with_a_totals_row_over_the_wall_time() {
        IngestCli.Result result = IngestCli.run(ENV, "--warehouse=" + warehouseUrl(), "sync", "testcrm");

        assertThat(result.out())
                .containsPattern("people +full +success +3 +3 +0 +0 +0 +[0-9.]+ +[0-9]+\n"
                        + "orders +full +partial +4 +3 +0 +0 +1 +[0-9.]+ +[0-9]+\n"
                        + "total +partial +7 +6 +0 +0 +1 +[0-9.]+ +[0-9]+\n");
    }

    @Test
    void a_run_that_goes_on_from_an_interrupted_one_says_so() {
        IngestCli.run(ENV, "--warehouse=" + warehouseUrl(), "sync", "testcrm", "people");
        try (Warehouse warehouse = Warehouse.open(new WarehouseConfig(warehouseUrl(), null, null))) {
            SyncStateStore states = warehouse.states();
            String cursor = states.load("testcrm", "people").cursor();
            // What a run stopped after its first batch leaves behind.
            states.save(
                    "testcrm",
                    "people",
                    new StreamState(cursor, new StreamState.Resume("incremental", cursor, "1", cursor)),
                    Instant.now());
        }

        IngestCli.Result resumed = IngestCli.run(ENV, "--warehouse=" + warehouseUrl(), "sync", "testcrm", "people");
        IngestCli.Result next = IngestCli.run(ENV, "--warehouse=" + warehouseUrl(), "sync", "testcrm", "people");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err())
                .containsPattern(TIMESTAMP + " people: resuming the interrupted run after its last committed batch");
        assertThat(next.err()).doesNotContain("resuming");
    }

    @Test
    void a_progress_interval_below_a_second_is_refused() {
        IngestCli.Result result =
                IngestCli.run(ENV, "--warehouse=" + warehouseUrl(), "sync", "testcrm", "--progress-every=0");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--progress-every must be at least 1, got 0");
    }
}
