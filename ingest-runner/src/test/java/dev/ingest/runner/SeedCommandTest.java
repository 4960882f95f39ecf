package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedCommandTest {

    private static final String NL = System.lineSeparator();

    @Test
    void aDryRunPrintsTheConnectorsPlanAndItsFirstPayload() {
        IngestCli.Result result = IngestCli.run(
                Map.of("TESTCRM_API_KEY", "good"),
                "seed",
                "testcrm",
                "people",
                "--count",
                "5",
                "--dry-run",
                "--seed",
                "7");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .isEqualTo("dry run: 5 people in 3 POST /people call(s); nothing sent. First payloads:" + NL
                        + "{" + NL
                        + "  \"people\" : [ {" + NL
                        + "    \"name\" : \"seed 7 person 0\"" + NL
                        + "  }, {" + NL
                        + "    \"name\" : \"seed 7 person 1\"" + NL
                        + "  } ]" + NL
                        + "}" + NL);
    }

    @Test
    void aSeedPrintsWhatTheSeederDid() {
        IngestCli.Result result =
                IngestCli.run(Map.of("TESTCRM_API_KEY", "good"), "seed", "testcrm", "people", "--count", "3");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("people: 3 records in 2 call(s): 3 created, 0 updated" + NL);
    }

    @Test
    void aConnectorThatOffersNoSeederIsNamedAndNothingRuns() {
        IngestCli.Result result = IngestCli.run(Map.of(), "seed", "sample", "contacts", "--count", "1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("ingest: sample offers no seeding" + NL);
    }

    @Test
    void aCountBelowOneIsRefused() {
        IngestCli.Result result =
                IngestCli.run(Map.of("TESTCRM_API_KEY", "good"), "seed", "testcrm", "people", "--count", "0");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("ingest: --count must be at least 1, got 0" + NL);
    }
}
