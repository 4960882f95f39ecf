package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsCommandTest {

    @TempDir
    Path dir;

    private OpsCommandFixture ops;

    @BeforeEach
    void twoSyncs() {
        ops = new OpsCommandFixture(dir);
        ops.ingest("sync", "testcrm");
        ops.ingest("sync", "testcrm", "people");
    }

    @Test
    void lists_runs_with_their_ids_narrowed_by_stream_status_and_since() {
        IngestCli.Result all = ops.ingest("runs");
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out().lines().toList().get(0)).startsWith("ID ");
        assertThat(all.out()).containsPattern("(?m)^[0-9a-f-]{36} .* testcrm +orders +full +partial +4 +3 +0 +0 +1");

        assertThat(ops.ingest("runs", "--stream=people").out().lines()).hasSize(3);
        assertThat(ops.ingest("runs", "--status=partial").out().lines())
                .hasSize(2)
                .last()
                .asString()
                .contains("orders");
        assertThat(ops.ingest("runs", "--connector=testcrm", "--since=2000-01-01")
                        .out()
                        .lines())
                .hasSize(4);
        assertThat(ops.ingest("runs", "--since=2999-01-01T00:00:00Z").out()).startsWith("no runs recorded in ");
    }

    @Test
    void json_gives_each_run_with_the_counts_of_its_sync_history_row() {
        JsonNode runs = ops.json("runs", "--json").get("runs");

        List<String> fromJson = new ArrayList<>();
        runs.forEach(run -> fromJson.add(run.get("id").asText() + " "
                + run.get("stream").asText() + " "
                + run.get("status").asText() + " " + run.get("processed").asLong() + " "
                + run.get("created").asLong() + " " + run.get("updated").asLong() + " "
                + run.get("unchanged").asLong() + " " + run.get("rejected").asLong() + " "
                + run.get("deleted").asLong() + " " + run.get("cursor_after").asText(null)));
        List<String> fromTable =
                ops.query(dsl -> dsl.fetch("SELECT * FROM ingest.sync_history ORDER BY started_at DESC, stream")
                        .map((Record r) -> r.get("id") + " " + r.get("stream") + " " + r.get("status") + " "
                                + r.get("processed") + " " + r.get("created") + " " + r.get("updated") + " "
                                + r.get("unchanged") + " " + r.get("rejected") + " " + r.get("deleted") + " "
                                + r.get("cursor_after")));
        assertThat(fromJson).hasSize(3).isEqualTo(fromTable);
        assertThat(runs.get(0).get("host").asText()).isNotBlank();
        assertThat(runs.get(0).get("pid").asLong())
                .isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void json_prints_nothing_but_the_document_on_stdout() {
        IngestCli.Result result = ops.ingest("runs", "--json", "--since=2999-01-01");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("{\n  \"runs\" : [ ]\n}");
        assertThat(result.err()).startsWith("no runs recorded in ");
    }

    @Test
    void an_unknown_connector_or_stream_is_an_error_naming_the_known_ones() {
        IngestCli.Result connector = ops.ingest("runs", "--connector=nosuch");
        assertThat(connector.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(connector.err().lines())
                .singleElement()
                .asString()
                .contains("unknown connector 'nosuch'")
                .contains("testcrm");

        IngestCli.Result stream = ops.ingest("runs", "--connector=testcrm", "--stream=nosuch");
        assertThat(stream.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(stream.err()).isEqualTo("ingest: unknown stream 'nosuch' of testcrm; known: orders, people\n");

        assertThat(ops.ingest("runs", "--stream=nosuch").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(ops.ingest("runs", "--status=done").err()).contains("--status must be one of running, success");
    }

    @Test
    void show_gives_one_runs_counts_cursors_host_pid_and_first_rejects() {
        String orders = ops.lastRunId("orders");

        IngestCli.Result result = ops.ingest("runs", "show", orders);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("(?m)^RUN +" + orders + "$")
                .containsPattern("(?m)^status +partial$")
                .containsPattern("(?m)^processed +4$")
                .containsPattern("(?m)^rejected +1$")
                .containsPattern("(?m)^pid +" + ProcessHandle.current().pid() + "$")
                .containsPattern("(?m)^seconds +[0-9.]+$")
                .contains("first rejects (`ingest rejects " + orders + "` lists all 1):")
                .containsPattern("amount: -[0-9.]+ is negative");
        String people = ops.lastRunId("people");
        JsonNode incremental = ops.json("runs", "show", people, "--json");
        assertThat(incremental.get("mode").asText()).isEqualTo("incremental");
        assertThat(incremental.get("cursor_before").asText()).isNotBlank();
        assertThat(incremental.get("cursor_after").asText())
                .isEqualTo(incremental.get("cursor_before").asText());
        assertThat(incremental.get("rejects")).isEmpty();
        assertThat(ops.json("runs", "show", orders, "--json")
                        .get("rejects")
                        .get(0)
                        .get("reason")
                        .asText())
                .contains("is negative");
    }

    @Test
    void show_of_an_unknown_run_is_an_error() {
        IngestCli.Result result = ops.ingest("runs", "show", "nosuch");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no run 'nosuch' in ").contains("`ingest runs` lists");
    }
}
