package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake in arguments or configuration: exit 2, one line on stderr naming it, nothing on stdout. */
class UsageErrorsTest {

    private static final Map<String, String> ENV = Map.of("TESTCRM_API_KEY", "key");

    @TempDir
    Path dir;

    private IngestCli.Result sync(Map<String, String> environment, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--warehouse=jdbc:duckdb:" + dir.resolve("w.duckdb");
        all[1] = "sync";
        System.arraycopy(args, 0, all, 2, args.length);
        return IngestCli.run(environment, all);
    }

    private static void assertUsageError(IngestCli.Result result, String expectedMessage) {
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .startsWith("ingest: ")
                .contains(expectedMessage)
                .hasLineCount(1);
    }

    @Test
    void an_unknown_connector_is_named_with_the_available_ones() {
        IngestCli.Result result = sync(ENV, "nope");
        assertUsageError(result, "unknown connector 'nope'; available: ");
        assertThat(result.err()).contains("testcrm").contains("sample");
    }

    @Test
    void an_unknown_stream_is_named_with_the_connector_s_streams() {
        assertUsageError(
                sync(ENV, "testcrm", "people", "leads"),
                "unknown stream 'leads' of connector testcrm; its streams: people, orders");
    }

    @Test
    void a_malformed_since_is_named() {
        assertUsageError(
                sync(ENV, "testcrm", "--since=yesterday"), "--since 'yesterday' is not an ISO-8601 date or timestamp");
    }

    @Test
    void a_batch_size_that_is_not_a_number_is_named() {
        assertUsageError(sync(ENV, "testcrm", "--batch-size=many"), "'--batch-size'");
    }

    @Test
    void a_batch_size_below_1_is_named() {
        assertUsageError(sync(ENV, "testcrm", "--batch-size=0"), "--batch-size must be at least 1, got 0");
    }

    @Test
    void full_and_since_together_are_refused() {
        assertUsageError(sync(ENV, "testcrm", "--full", "--since=2024-01-01"), "--full and --since exclude each other");
    }

    @Test
    void a_missing_required_setting_is_named_with_its_description() {
        assertUsageError(sync(Map.of(), "testcrm"), "TESTCRM_API_KEY is not set (the test CRM's API key)");
    }

    @Test
    void an_unreadable_config_file_is_named() {
        assertUsageError(
                IngestCli.run(ENV, "--config=" + dir.resolve("missing.properties"), "check", "testcrm"),
                "cannot read --config file " + dir.resolve("missing.properties") + ": no such file");
    }

    @Test
    void an_unsupported_warehouse_url_is_named() {
        assertUsageError(
                IngestCli.run(ENV, "--warehouse=jdbc:oracle:thin:@db", "history"),
                "warehouse URL jdbc:oracle:thin:@db is not supported");
    }

    @Test
    void an_unknown_option_is_named() {
        assertUsageError(sync(ENV, "testcrm", "--fast"), "Unknown option: '--fast'");
    }

    @Test
    void no_subcommand_prints_usage_and_exits_2() {
        IngestCli.Result result = IngestCli.run(ENV);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Usage: ingest");
    }

    @Test
    void an_unreachable_warehouse_is_one_line_and_exit_1() {
        IngestCli.Result result = IngestCli.run(
                Map.of(), "--warehouse=jdbc:postgresql://127.0.0.1:1/nowhere?password=hunter2", "history");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err())
                .startsWith("ingest: cannot connect to the warehouse")
                .hasLineCount(1)
                .doesNotContain("hunter2");
    }

    @Test
    void an_import_s_bad_flag_is_named_before_the_warehouse_is_opened() throws Exception {
        Path csv = Files.writeString(dir.resolve("contacts.csv"), "Record ID,Email\n1,a@example.com\n");
        Path warehouse = dir.resolve("never.duckdb");
        for (String flag : new String[] {"--raw=bogus", "--encoding=no-such-charset", "--time-zone=Mars/Olympus"}) {
            IngestCli.Result result = IngestCli.run(
                    Map.of(),
                    "--warehouse=jdbc:duckdb:" + warehouse,
                    "import",
                    "hubspot_contacts",
                    csv.toString(),
                    flag);

            assertUsageError(result, flag.substring(0, flag.indexOf('=')));
        }
        assertThat(warehouse).doesNotExist();
    }
}
