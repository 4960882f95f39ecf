package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsCommandTest {

    @TempDir
    Path dir;

    @Test
    void prints_a_runs_rejects_as_csv_with_their_reasons_and_payloads() {
        OpsCommandFixture ops = new OpsCommandFixture(dir);
        ops.ingest("sync", "testcrm");

        IngestCli.Result result = ops.ingest("rejects", ops.lastRunId("orders"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().split("\r\n", -1))
                .hasSize(3)
                .startsWith("source_id,location,reason,payload")
                .endsWith("");
        assertThat(result.out().split("\r\n")[1])
                .matches("[0-9]+,,amount: -[0-9.]+ is negative,\"\\{.*\"\"amount\"\".*\\}\"");
    }

    @Test
    void writes_the_csv_to_a_file_and_says_so_on_stderr() throws Exception {
        OpsCommandFixture ops = new OpsCommandFixture(dir);
        ops.ingest("sync", "testcrm");
        String runId = ops.lastRunId("orders");
        Path file = dir.resolve("rejects.csv");

        IngestCli.Result result = ops.ingest("rejects", runId, "--out=" + file);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("1 rejects of run " + runId + " written to " + file + "\n");
        assertThat(Files.readString(file))
                .startsWith("source_id,location,reason,payload\r\n")
                .contains("is negative");
    }

    @Test
    void an_unknown_run_is_an_error() {
        IngestCli.Result result = new OpsCommandFixture(dir).ingest("rejects", "nosuch");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("ingest: no run 'nosuch' in ");
    }

    @Test
    void a_file_that_cannot_be_written_is_named_in_one_line() {
        OpsCommandFixture ops = new OpsCommandFixture(dir);
        ops.ingest("sync", "testcrm");
        Path file = dir.resolve("no-such-folder").resolve("rejects.csv");

        IngestCli.Result result = ops.ingest("rejects", ops.lastRunId("orders"), "--out=" + file);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err())
                .startsWith("ingest: cannot write " + file + ": ")
                .hasLineCount(1);
    }
}
