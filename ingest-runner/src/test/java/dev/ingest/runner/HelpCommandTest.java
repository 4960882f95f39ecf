package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpCommandTest {

    @Test
    void help_lists_the_commands_and_help_of_a_command_shows_its_usage() {
        IngestCli.Result all = IngestCli.run(Map.of(), "help");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out())
                .contains("runs")
                .contains("rejects")
                .contains("state")
                .contains("sync");

        IngestCli.Result runs = IngestCli.run(Map.of(), "help", "runs");
        assertThat(runs.exitCode()).isZero();
        assertThat(runs.out()).contains("Usage: ingest runs").contains("--since");
    }

    @Test
    void help_of_an_unknown_command_is_a_usage_error() {
        assertThat(IngestCli.run(Map.of(), "help", "nosuch").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
