package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private Map<String, String> env(String key, String value) {
        return Map.of(key, value, "INGEST_WAREHOUSE_URL", "jdbc:duckdb:" + dir.resolve("w.duckdb"));
    }

    @Test
    void reports_ok_for_every_stream_when_the_credentials_work() {
        IngestCli.Result result = IngestCli.run(env("TESTCRM_API_KEY", "good"), "check", "testcrm");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("warehouse: ok", "people: ok", "orders: ok");
    }

    @Test
    void reports_the_source_error_per_stream_and_exits_1_when_the_credentials_are_refused() {
        IngestCli.Result result =
                IngestCli.run(env("TESTCRM_API_KEY", TestCrmConnector.EXPIRED_KEY), "check", "testcrm");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("people: failed: 401 Unauthorized: the API key has expired")
                .contains("orders: failed: 401 Unauthorized: the API key has expired");
    }

    @Test
    void names_the_kind_and_place_of_a_check_error_without_a_message() {
        IngestCli.Result result =
                IngestCli.run(env("TESTCRM_API_KEY", TestCrmConnector.SILENT_FAILURE_KEY), "check", "testcrm");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("people: failed: IllegalStateException at dev.ingest.runner.TestCrmConnector")
                .doesNotContain("null");
    }

    @Test
    void with_json_stdout_is_one_document_of_every_check_and_the_lines_go_to_stderr() throws Exception {
        IngestCli.Result result =
                IngestCli.run(env("TESTCRM_API_KEY", TestCrmConnector.EXPIRED_KEY), "check", "testcrm", "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.get("connector").asText()).isEqualTo("testcrm");
        assertThat(document.get("status").asText()).isEqualTo("failed");
        assertThat(document.get("checks"))
                .extracting(c -> c.get("name").asText() + " " + c.get("status").asText())
                .containsExactly("warehouse ok", "people failed", "orders failed");
        assertThat(document.get("checks").get(1).get("error").asText())
                .isEqualTo("401 Unauthorized: the API key has expired");
        assertThat(result.err()).contains("people: failed: 401 Unauthorized");
    }

    @Test
    void fails_with_exit_1_naming_the_warehouse_when_it_cannot_be_reached_though_the_source_answers() {
        IngestCli.Result result = IngestCli.run(
                Map.of("TESTCRM_API_KEY", "good"),
                "--warehouse=jdbc:postgresql://127.0.0.1:9/nowhere",
                "check",
                "testcrm");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out())
                .contains("warehouse: failed: cannot connect to the warehouse jdbc:postgresql://127.0.0.1:9/nowhere")
                .contains("people: ok", "orders: ok");
    }

    @Test
    void names_every_invalid_setting_at_once_each_on_its_line_and_exits_2() {
        IngestCli.Result result = IngestCli.run(env("TESTCRM_RECORD_DELAY_MS", "soon"), "check", "testcrm");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err())
                .isEqualTo("ingest: TESTCRM_API_KEY is not set (the test CRM's API key)" + System.lineSeparator()
                        + "ingest: TESTCRM_RECORD_DELAY_MS must be a whole number, got 'soon'"
                        + System.lineSeparator());
    }
}
