package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The codes the runner exits with are those the README's table documents. */
class ExitCodesTest {

    private final ReadmeExitCodes readme = ReadmeExitCodes.read();

    @Test
    void everyFinalRunStatusExitsWithTheReadmesCode() {
        Arrays.stream(RunStatus.values())
                .filter(status -> status != RunStatus.RUNNING)
                .forEach(status -> assertThat(ExitCodes.of(status))
                        .as("exit code of a run that ends %s", status.label())
                        .isEqualTo(readme.of(status.label())));
    }

    @Test
    void theReadmeNamesOnlyStatusesARunEndsWith() {
        assertThat(readme.byStatus().keySet())
                .allSatisfy(label -> assertThat(RunStatus.fromLabel(label)).isNotEqualTo(RunStatus.RUNNING));
    }

    @Test
    void aBadArgumentExitsWithTheReadmesUsageCode() {
        IngestCli.Result result = IngestCli.run(java.util.Map.of(), "sync");

        assertThat(result.exitCode()).isEqualTo(readme.usage());
    }
}
