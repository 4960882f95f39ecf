package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Test
    void json_gives_one_document_of_the_connectors_settings_and_streams() throws Exception {
        IngestCli.Result result = IngestCli.run(Map.of(), "connectors", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode testcrm = null;
        for (JsonNode connector : new ObjectMapper().readTree(result.out()).get("connectors")) {
            if (connector.get("name").asText().equals("testcrm")) {
                testcrm = connector;
            }
        }
        assertThat(testcrm).isNotNull();
        assertThat(testcrm.get("settings").get(0).get("variable").asText()).isEqualTo("TESTCRM_API_KEY");
        assertThat(testcrm.get("settings").get(0).get("secret").asBoolean()).isTrue();
        assertThat(testcrm.get("streams").get(0).get("name").asText()).isEqualTo("people");
        assertThat(testcrm.get("streams").get(0).get("cursor").asText()).isEqualTo("updated_at");
        assertThat(testcrm.get("streams").get(0).get("primary_key").get(0).asText())
                .isEqualTo("id");
    }
}
