package dev.ingest.hubspot.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.SourceException;
import dev.ingest.hubspot.api.HubSpotClient;
import dev.ingest.hubspot.fake.FakeHubSpot;
import dev.ingest.hubspot.fake.HubSpotTestClients;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotSeederTest {

    private final FakeHubSpot fake = new FakeHubSpot();

    @AfterEach
    void stop() {
        fake.close();
    }

    private HubSpotSeeder seeder() {
        HubSpotClient client = HubSpotTestClients.open(fake);
        return new HubSpotSeeder(client.api(), client.catalog(), 42);
    }

    @Test
    void seedingAgainUpdatesTheSameContactsInsteadOfDuplicatingThem() {
        HubSpotSeeder seeder = seeder();

        HubSpotSeeder.Result first = seeder.seed("contacts", 250);
        HubSpotSeeder.Result again = seeder.seed("contacts", 250);

        assertThat(first).isEqualTo(new HubSpotSeeder.Result("contacts", 250, 3, 250, 0));
        assertThat(again).isEqualTo(new HubSpotSeeder.Result("contacts", 250, 3, 0, 250));
        assertThat(fake.records("contacts")).hasSize(250);
        assertThat(fake.count("POST", "/crm/v3/objects/contacts/batch/upsert")).isEqualTo(6);
    }

    @Test
    void enumerationValuesComeFromThePortalsOwnOptionsAndUnknownPropertiesAreLeftOut() {
        List<ObjectNode> payloads = seeder().payloads("contacts", 150);

        assertThat(payloads).hasSize(2);
        assertThat(payloads.get(0).path("inputs")).hasSize(100);
        assertThat(payloads.get(1).path("inputs")).hasSize(50);
        Set<String> stages = new HashSet<>();
        for (JsonNode input : payloads.get(0).path("inputs")) {
            assertThat(input.path("idProperty").asText()).isEqualTo("email");
            assertThat(input.path("id").asText()).contains("@");
            stages.add(input.path("properties").path("lifecyclestage").asText());
            // The fake portal defines no phone or city property, so none is sent.
            assertThat(input.path("properties").has("phone")).isFalse();
            assertThat(input.path("properties").path("firstname").asText()).isNotBlank();
        }
        assertThat(stages).isNotEmpty().isSubsetOf("subscriber", "lead", "customer");
        // A dry run's payloads are built from reads only.
        assertThat(fake.count("POST", "/batch/upsert")).isZero();
    }

    @Test
    void aRefusedPropertyIsNamed() {
        fake.failNext(
                1,
                "/batch/upsert",
                400,
                Map.of(),
                "{\"status\":\"error\",\"message\":\"Property values were not valid: "
                        + "[{\\\"isValid\\\":false,\\\"message\\\":\\\"lead2 was not one of the allowed options\\\",\\\"error\\\":\\\"INVALID_OPTION\\\","
                        + "\\\"name\\\":\\\"lifecyclestage\\\"}]\",\"correlationId\":\"x1\",\"category\":\"VALIDATION_ERROR\"}");

        assertThatThrownBy(() -> seeder().seed("contacts", 1))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("seeding contacts: HubSpot refused property lifecyclestage: ")
                .hasMessageContaining("INVALID_OPTION");
    }

    @Test
    void objectsWithoutAUniquePropertyAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> seeder().seed("companies", 1))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("companies has no property with unique values to upsert on");
        assertThat(fake.count("POST", "/batch/upsert")).isZero();
    }
}
