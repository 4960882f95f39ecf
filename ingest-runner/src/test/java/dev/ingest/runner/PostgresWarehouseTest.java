package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.WarehouseFixture;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class PostgresWarehouseTest {

    @Test
    void syncs_into_postgres_named_by_url_with_the_user_from_the_environment() {
        try (WarehouseFixture fixture = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES)) {
            Map<String, String> env = Map.of(
                    "TESTCRM_API_KEY",
                    "key",
                    WarehouseConfig.USER_VARIABLE,
                    fixture.config().user());

            IngestCli.Result result =
                    IngestCli.run(env, "--warehouse=" + fixture.config().url(), "sync", "testcrm");

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.PARTIAL);
            assertThat(result.out()).containsPattern("orders +full +partial +4 +3 +0 +0 +1");
            assertThat(fixture.warehouse().dsl().fetchCount(DSL.table(DSL.name("testcrm", "people"))))
                    .isEqualTo(3);
            assertThat(fixture.warehouse().dsl().fetchCount(DSL.table(DSL.name("testcrm", "orders"))))
                    .isEqualTo(3);
        }
    }

    @Test
    void lists_runs_and_resets_state_in_postgres() {
        try (WarehouseFixture fixture = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES)) {
            OpsCommandFixture ops = new OpsCommandFixture(
                    fixture.config().url(),
                    Map.of(
                            "TESTCRM_API_KEY",
                            "key",
                            WarehouseConfig.USER_VARIABLE,
                            fixture.config().user()));
            ops.ingest("sync", "testcrm");

            JsonNode orders = ops.json("runs", "show", ops.lastRunId("orders"), "--json");
            assertThat(orders.get("processed").asLong()).isEqualTo(4);
            assertThat(orders.get("rejects").get(0).get("reason").asText()).contains("is negative");
            assertThat(ops.json("state", "testcrm", "--json").get("states")).hasSize(2);

            IngestCli.Result reset = ops.ingest("state", "reset", "testcrm", "people", "--yes");

            assertThat(reset.exitCode()).as(reset.err()).isZero();
            assertThat(ops.json("state", "testcrm", "--json").get("states"))
                    .singleElement()
                    .extracting(state -> state.get("stream").asText())
                    .isEqualTo("orders");
        }
    }
}
