package dev.ingest.salesrabbit.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Seeder;
import dev.ingest.core.spi.Settings;
import dev.ingest.salesrabbit.SalesRabbitConnector;
import dev.ingest.salesrabbit.client.SalesRabbitClient;
import dev.ingest.salesrabbit.fake.FakeSalesRabbit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LeadSeederTest {

    private final FakeSalesRabbit fake = new FakeSalesRabbit();
    private final SalesRabbitConnector connector = new SalesRabbitConnector();
    private final SalesRabbitClient client = (SalesRabbitClient) connector.open(Settings.fromShortNames(
            connector.name(),
            connector.settings(),
            Map.of("BASE_URL", fake.baseUrl(), "API_TOKEN", FakeSalesRabbit.TOKEN, "MAX_ATTEMPTS", "1")));

    @AfterEach
    void stop() {
        fake.close();
    }

    private Seeder seeder(long seed) {
        return connector.seeder(client, seed).orElseThrow();
    }

    @Test
    void seedingPostsEachLeadWrappedInDataAndTheApiCreatesThem() {
        Seeder.Result result = seeder(1).seed("leads", 3);

        assertThat(result).isEqualTo(new Seeder.Result("leads", 3, 3, 3, 0));
        assertThat(fake.leadCount()).isEqualTo(3);
        assertThat(fake.requests(
                        "/leads",
                        r -> r.getMethod().getName().equals("POST")
                                && r.getBodyAsString().startsWith("{\"data\":{\"firstName\":")))
                .isEqualTo(3);
    }

    @Test
    void aDryRunGivesTheFirstRequestAndSendsNothing() {
        Seeder.Plan plan = seeder(1).plan("leads", 4);

        assertThat(plan.calls()).isEqualTo(4);
        assertThat(plan.call()).isEqualTo("POST /leads");
        JsonNode lead = plan.sample().path("data");
        assertThat(lead.path("status").asText()).isEqualTo("Not Home");
        assertThat(lead.path("firstName").asText()).isNotBlank();
        assertThat(lead.path("latitude").isNumber()).isTrue();
        assertThat(fake.requests("/leads", r -> true)).isZero();
    }

    @Test
    void theSameSeedGivesTheSameLeads() {
        assertThat(seeder(7).plan("leads", 1).sample())
                .isEqualTo(seeder(7).plan("leads", 1).sample())
                .isNotEqualTo(seeder(8).plan("leads", 1).sample());
    }

    @Test
    void onlyLeadsCanBeSeeded() {
        assertThatThrownBy(() -> seeder(1).seed("users", 1))
                .isInstanceOf(ConfigException.class)
                .hasMessage("salesrabbit seeds leads only, not 'users'");
        assertThat(fake.leadCount()).isZero();
    }
}
