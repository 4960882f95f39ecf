package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorsCommandTest {

    @Test
    void lists_each_connector_with_its_settings_by_full_name_and_its_streams() {
        IngestCli.Result result = IngestCli.run(Map.of(), "connectors");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .contains("testcrm - A fixed, tiny CRM for tests")
                .containsPattern("TESTCRM_API_KEY +text +yes +yes +- +the test CRM's API key")
                .containsPattern("TESTCRM_REGION +text +no +no +eu +the data centre")
                .containsPattern(
                        "TESTCRM_RECORD_DELAY_MS +whole number, 0 to 60000 +no +no +0 +how long each record takes to read")
                .containsPattern("people +testcrm.people +id +updated_at +3")
                .containsPattern("orders +testcrm.orders +id +- +2");
    }
}
