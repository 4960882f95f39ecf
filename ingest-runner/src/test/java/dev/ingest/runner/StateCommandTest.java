package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateCommandTest {

    @TempDir
    Path dir;

    private OpsCommandFixture ops;

    @BeforeEach
    void synced() {
        ops = new OpsCommandFixture(dir);
        ops.ingest("sync", "testcrm");
    }

    @Test
    void shows_each_streams_stored_cursor() {
        String cursor = ops.json("runs", "show", ops.lastRunId("people"), "--json")
                .get("cursor_after")
                .asText();

        IngestCli.Result result = ops.ingest("state", "testcrm");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("CONNECTOR +STREAM +CURSOR +RESUMES +UPDATED")
                .containsPattern("testcrm +people +" + cursor + " +- +[0-9T:-]+Z");
        JsonNode people = ops.json("state", "--json").get("states").get(1);
        assertThat(people.get("stream").asText()).isEqualTo("people");
        assertThat(people.get("cursor").asText()).isEqualTo(cursor);
        assertThat(people.get("resume").isNull()).isTrue();
    }

    @Test
    void reset_asks_first_and_then_makes_the_next_run_full() {
        IngestCli.Result declined = ops.answering("n\n", "state", "reset", "testcrm", "people");
        assertThat(declined.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(declined.err())
                .contains("reset the state of testcrm people?")
                .contains("nothing reset");
        assertThat(ops.ingest("state", "testcrm").out()).contains("people");

        IngestCli.Result confirmed = ops.answering("y\n", "state", "reset", "testcrm", "people");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(ops.ingest("state", "testcrm").out()).doesNotContain("people");

        ops.ingest("sync", "testcrm", "people");
        assertThat(ops.json("runs", "show", ops.lastRunId("people"), "--json")
                        .get("mode")
                        .asText())
                .isEqualTo("full");
    }

    @Test
    void reset_with_yes_does_not_ask_and_without_streams_resets_all_of_the_connectors() {
        IngestCli.Result result = ops.ingest("state", "reset", "testcrm", "--yes");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("[y/N]");
        assertThat(ops.json("state", "testcrm", "--json").get("states")).isEmpty();
    }

    @Test
    void unknown_connector_or_stream_is_an_error_and_resets_nothing() {
        IngestCli.Result connector = ops.ingest("state", "nosuch");
        assertThat(connector.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(connector.err()).contains("unknown connector 'nosuch'").contains("testcrm");

        IngestCli.Result stream = ops.ingest("state", "reset", "testcrm", "people", "nosuch", "--yes");
        assertThat(stream.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(stream.err()).isEqualTo("ingest: unknown stream 'nosuch' of testcrm; known: orders, people\n");
        assertThat(ops.ingest("state", "testcrm").out()).contains("people");
    }

    @Test
    void reset_refuses_a_stream_that_a_run_is_syncing() {
        SyncRun running = new SyncRun(
                "run-in-progress",
                "invocation",
                "testcrm",
                "people",
                "incremental",
                RunStatus.RUNNING,
                Instant.now(),
                null,
                RunCounts.ZERO,
                null,
                null,
                null);
        try (Warehouse warehouse = Warehouse.open(new WarehouseConfig(ops.url(), null, null))) {
            warehouse.history().start(running);
            try {
                IngestCli.Result result = ops.ingest("state", "reset", "testcrm", "--yes");

                assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
                assertThat(result.err())
                        .isEqualTo("ingest: testcrm.people is being synced by run run-in-progress; nothing reset:"
                                + " reset it once that run has ended\n");
                assertThat(ops.ingest("state", "testcrm").out())
                        .contains("orders")
                        .contains("people");
            } finally {
                warehouse.history().released(running.id());
            }
        }
    }
}
