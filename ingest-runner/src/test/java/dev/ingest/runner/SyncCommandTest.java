package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {

    private static final String SECRET = "s3cr3t-api-key-value";
    private static final Map<String, String> ENV = Map.of("TESTCRM_API_KEY", SECRET);

    @TempDir
    Path dir;

    private String warehouseUrl() {
        return "jdbc:duckdb:" + dir.resolve("w.duckdb");
    }

    private String warehouseOption() {
        return "--warehouse=" + warehouseUrl();
    }

    @Test
    void syncs_a_clean_stream_exits_0_and_prints_its_counts() {
        IngestCli.Result result = IngestCli.run(ENV, warehouseOption(), "sync", "testcrm", "people");

        assertThat(result.exitCode()).as(result.err()).isZero();
        // Without a terminal, stderr holds the stream's timestamped start and end lines, and nothing else.
        assertThat(result.err().lines())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).matches("[0-9T:+Z-]+ people: (started|success).*"));
        assertThat(result.out())
                .contains("testcrm into " + warehouseUrl() + ": success")
                .containsPattern(
                        "STREAM +MODE +STATUS +PROCESSED +CREATED +UPDATED +UNCHANGED +REJECTED +SECONDS +RECORDS/S")
                .containsPattern("people +full +success +3 +3 +0 +0 +0 +[0-9.]+ +[0-9]+");
        assertThat(rowCount("people")).isEqualTo(3);
    }

    @Test
    void a_second_sync_is_incremental_and_finds_the_boundary_record_unchanged() {
        IngestCli.run(ENV, warehouseOption(), "sync", "testcrm", "people");

        IngestCli.Result second = IngestCli.run(ENV, warehouseOption(), "sync", "testcrm", "people");

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).containsPattern("people +incremental +success +1 +0 +0 +1 +0");
    }

    @Test
    void a_stream_that_rejects_records_exits_3_and_says_where_the_rejects_are() {
        IngestCli.Result result = IngestCli.run(ENV, warehouseOption(), "sync", "testcrm");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.out())
                .contains("testcrm into " + warehouseUrl() + ": partial")
                .containsPattern("people +full +success +3 +3 +0 +0 +0")
                .containsPattern("orders +full +partial +4 +3 +0 +0 +1")
                .containsPattern("orders: 1 rejected record, with the reasons: ingest rejects [0-9a-f-]{36}");
        assertThat(rowCount("orders")).isEqualTo(3);
    }

    @Test
    void with_json_stdout_is_one_document_of_the_runs_as_the_history_holds_them_and_the_table_goes_to_stderr()
            throws Exception {
        IngestCli.Result result = IngestCli.run(ENV, warehouseOption(), "sync", "testcrm", "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.get("connector").asText()).isEqualTo("testcrm");
        assertThat(document.get("status").asText()).isEqualTo("partial");
        assertThat(document.get("runs")).hasSize(2);
        try (Warehouse warehouse = openWarehouse()) {
            for (JsonNode run : document.get("runs")) {
                SyncRun recorded = warehouse.history().get(run.get("id").asText());
                assertThat(run.get("stream").asText()).isEqualTo(recorded.stream());
                assertThat(run.get("status").asText())
                        .isEqualTo(recorded.status().label());
                assertThat(run.get("processed").asLong())
                        .isEqualTo(recorded.counts().processed());
                assertThat(run.get("created").asLong())
                        .isEqualTo(recorded.counts().created());
                assertThat(run.get("rejected").asLong())
                        .isEqualTo(recorded.counts().rejected());
                assertThat(run.get("cursor_after").asText(null)).isEqualTo(recorded.cursorAfter());
            }
        }
        assertThat(result.err()).containsPattern("orders +full +partial +4 +3 +0 +0 +1");
    }

    @Test
    void options_given_after_the_subcommand_apply_like_global_ones() {
        IngestCli.Result result = IngestCli.run(ENV, "sync", "testcrm", "people", "--batch-size=2", warehouseOption());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(rowCount("people")).isEqualTo(3);
    }

    @Test
    void the_warehouse_can_come_from_the_environment() {
        IngestCli.Result result = IngestCli.run(
                Map.of("TESTCRM_API_KEY", SECRET, WarehouseConfig.URL_VARIABLE, warehouseUrl()),
                "sync",
                "testcrm",
                "people");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(rowCount("people")).isEqualTo(3);
    }

    @Test
    void a_since_date_starts_an_incremental_window_there() {
        IngestCli.Result result =
                IngestCli.run(ENV, warehouseOption(), "sync", "testcrm", "people", "--since=2024-05-02");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("people +incremental +success +2 +2 ");
    }

    @Test
    void limit_stops_each_stream_after_that_many_records() {
        IngestCli.Result result = IngestCli.run(ENV, warehouseOption(), "sync", "testcrm", "people", "--limit=2");

        assertThat(result.exitCode()).isZero();
        assertThat(rowCount("people")).isEqualTo(2);
    }

    @Test
    void config_file_values_win_over_the_environment() throws Exception {
        Path config = Files.writeString(dir.resolve("ingest.properties"), "TESTCRM_API_KEY=" + SECRET + "\n");

        IngestCli.Result result = IngestCli.run(
                Map.of("TESTCRM_API_KEY", TestCrmConnector.EXPIRED_KEY), "--config=" + config, "check", "testcrm");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("people: ok");
    }

    @Test
    void a_dry_run_shows_sample_rows_and_counts_and_creates_no_tables() {
        IngestCli.Result result = IngestCli.run(ENV, warehouseOption(), "sync", "testcrm", "--dry-run");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.out())
                .contains("people (full): success; read 3, would load 3, rejected 0")
                .containsPattern("id +name +updated_at")
                .containsPattern("1 +Ann +2024-05-01T10:00:00Z")
                .contains("orders (full): partial; read 4, would load 3, rejected 1")
                .containsPattern("10 +12.50")
                .contains("Dry run: nothing was written to the warehouse.");
        try (Warehouse warehouse = openWarehouse()) {
            List<String> tables = warehouse
                    .dsl()
                    .fetch(
                            "select table_schema || '.' || table_name from information_schema.tables where table_schema <> 'ingest'")
                    .getValues(0, String.class);
            assertThat(tables).isEmpty();
            assertThat(warehouse.history().recent(null, 10)).isEmpty();
        }
    }

    @Test
    void the_secret_setting_never_appears_in_any_output() throws Exception {
        Path config = Files.writeString(dir.resolve("ingest.properties"), "TESTCRM_API_KEY=" + SECRET + "\n");
        List<IngestCli.Result> results = List.of(
                IngestCli.run(ENV, "connectors"),
                IngestCli.run(ENV, "check", "testcrm"),
                IngestCli.run(ENV, true, warehouseOption(), "sync", "testcrm"),
                IngestCli.run(ENV, warehouseOption(), "sync", "testcrm", "--dry-run"),
                IngestCli.run(
                        Map.of(), warehouseOption(), "--config=" + config, "--verbose", "sync", "testcrm", "nope"),
                IngestCli.run(ENV, warehouseOption(), "history"));

        assertThat(results).allSatisfy(result -> assertThat(result.all()).doesNotContain(SECRET));
    }

    @Test
    void on_a_terminal_progress_is_redrawn_in_place_on_stderr() {
        IngestCli.Result result =
                IngestCli.run(ENV, true, warehouseOption(), "sync", "testcrm", "people", "--batch-size=1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err())
                .contains("\rpeople: full, reading...")
                .containsPattern("\rpeople: 3 records, [0-9,]+ records/s, 3 batches");
        assertThat(result.out()).doesNotContain("\r");
    }

    @Test
    void history_rows_of_a_finished_sync_are_not_left_running() {
        IngestCli.run(ENV, warehouseOption(), "sync", "testcrm");

        try (Warehouse warehouse = openWarehouse()) {
            assertThat(warehouse.history().recent("testcrm", 10))
                    .extracting(SyncRun::status)
                    .containsExactlyInAnyOrder(RunStatus.SUCCESS, RunStatus.PARTIAL);
        }
    }

    private Warehouse openWarehouse() {
        return Warehouse.open(new WarehouseConfig(warehouseUrl(), null, null));
    }

    @Test
    void raw_keeps_what_no_column_holds_unless_ingest_raw_or_the_connectors_own_setting_says_all() {
        String given = "{\"updated_at\":\"2024-05-01T10:00:00Z\"}";
        String whole = "{\"id\":1,\"name\":\"Ann\",\"updated_at\":\"2024-05-01T10:00:00Z\"}";

        assertThat(rawOfPersonOne(ENV)).isEqualTo(given);
        assertThat(rawOfPersonOne(Map.of("TESTCRM_API_KEY", SECRET, "INGEST_RAW", "all")))
                .isEqualTo(whole);
        assertThat(rawOfPersonOne(Map.of("TESTCRM_API_KEY", SECRET, "INGEST_RAW", "all", "TESTCRM_RAW", "unmapped")))
                .isEqualTo(given);
    }

    /**
     * {@code _raw} of person 1 after a full sync with {@code environment} into a new table: a row the source did not
     * change keeps the {@code _raw} it was written with whatever the policy now says.
     */
    private String rawOfPersonOne(Map<String, String> environment) {
        IngestCli.Result result = IngestCli.run(environment, warehouseOption(), "sync", "testcrm", "people", "--full");
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (Warehouse warehouse = openWarehouse()) {
            String raw = (String) warehouse.dsl().fetchValue("SELECT _raw FROM testcrm.people WHERE id = 1");
            warehouse.dsl().execute("DROP TABLE testcrm.people");
            return raw;
        }
    }

    private int rowCount(String table) {
        try (Warehouse warehouse = openWarehouse()) {
            return warehouse.dsl().fetchCount(DSL.table(DSL.name("testcrm", table)));
        }
    }
}
