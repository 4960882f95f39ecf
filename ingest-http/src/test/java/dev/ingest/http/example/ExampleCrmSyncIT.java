package dev.ingest.http.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.WarehouseFixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The documented example connector, synced end to end from its fake API into each warehouse. */
class ExampleCrmSyncIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeExampleCrm fake = new FakeExampleCrm();
    private final ExampleCrmConnector connector = new ExampleCrmConnector();
    private WarehouseFixture fixture;

    @BeforeEach
    void seed() {
        List<String> cities = List.of("Lyon", "Oslo", "Lima", "Pune", "Kyiv", "Bonn", "Nice");
        for (int id = 1; id <= cities.size(); id++) {
            fake.addCustomer(id, "Customer " + id, cities.get(id - 1));
        }
        for (int i = 1; i <= 5; i++) {
            fake.addDeal("d" + i, i, i + "000.50", i == 3);
        }
        fake.addUsers(250);
    }

    @AfterEach
    void stop() {
        fake.close();
        if (fixture != null) {
            fixture.close();
        }
    }

    private Map<String, StreamResult> sync(SyncRequest request) {
        Settings settings = Settings.fromShortNames(
                connector.name(),
                connector.settings(),
                Map.of("BASE_URL", fake.server().baseUrl(), "API_KEY", FakeExampleCrm.KEY));
        return fixture.sync(connector, settings, request);
    }

    private List<Record> rows(String sql) {
        return fixture.rows(sql);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void syncsEveryStreamTypedThenReadsOnlyTheCustomersChangedSince(WarehouseConfig.Kind kind) throws Exception {
        fixture = WarehouseFixture.create(kind);
        fake.throttleOnce("/v1/customers");

        Map<String, StreamResult> first = sync(SyncRequest.all());

        first.values()
                .forEach(r ->
                        assertThat(r.status()).as(r.stream() + ": " + r.error()).isEqualTo(RunStatus.SUCCESS));
        assertThat(first.get("customers").counts().created()).isEqualTo(7);
        assertThat(first.get("deals").counts().created()).isEqualTo(5);
        assertThat(first.get("users").counts().created()).isEqualTo(250);
        // The 429 was waited out and the same page asked again.
        assertThat(fake.requests("/v1/customers", "page", "1")).isEqualTo(2);
        assertThat(fake.requests("/v1/users", "per_page", "100")).isEqualTo(3);

        Record lyon = rows("SELECT * FROM example.customers WHERE id = 1").get(0);
        assertThat(lyon.get("name", String.class)).isEqualTo("Customer 1");
        assertThat(lyon.get("city", String.class)).isEqualTo("Lyon");
        assertThat(JSON.readTree(lyon.get("tags", String.class)))
                .isEqualTo(JSON.readTree("[\"tag1\",{\"source\":\"web\"}]"));
        assertThat(lyon.get("lifetime_value", BigDecimal.class)).isEqualByComparingTo("100.25");
        assertThat(lyon.get("active", Boolean.class)).isTrue();
        assertThat(lyon.get("signed_up", LocalDate.class)).isEqualTo(LocalDate.of(2023, 2, 15));
        assertThat(lyon.get("updated_at", OffsetDateTime.class).toInstant())
                .isEqualTo(Instant.parse("2024-06-01T00:01:00Z"));
        assertThat(rows("SELECT id, customer_id, _deleted_at FROM example.deals WHERE _deleted_at IS NOT NULL"))
                .singleElement()
                .satisfies(deal -> {
                    assertThat(deal.get("id", String.class)).isEqualTo("d3");
                    assertThat(deal.get("customer_id", Long.class)).isEqualTo(3L);
                    assertThat(deal.get("_deleted_at", OffsetDateTime.class).toInstant())
                            .isEqualTo(Instant.parse("2024-06-01T00:10:00Z"));
                });
        assertThat(rows("SELECT created_at FROM example.users WHERE id = 250")
                        .get(0)
                        .get("created_at", OffsetDateTime.class)
                        .toInstant())
                .isEqualTo(Instant.parse("2024-06-01T00:12:00Z"));

        fake.renameCustomer(2, "Renamed 2");
        fake.renameCustomer(5, "Renamed 5");
        fake.server().resetRequests();

        StreamResult customers =
                sync(SyncRequest.all().withStreams(List.of("customers"))).get("customers");

        assertThat(customers.mode()).isEqualTo("incremental");
        // The two renamed, and the customer at the stored cursor, which the inclusive filter reads again unchanged.
        assertThat(customers.counts().processed()).isEqualTo(3);
        assertThat(customers.counts().updated()).isEqualTo(2);
        assertThat(customers.counts().unchanged()).isEqualTo(1);
        assertThat(fake.requests("/v1/customers", "updated_since", "2024-06-01T00:07:00Z"))
                .isEqualTo(1);
        assertThat(rows("SELECT name FROM example.customers WHERE id IN (2, 5) ORDER BY id").stream()
                        .map(r -> r.get(0, String.class)))
                .containsExactly("Renamed 2", "Renamed 5");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aRunThatFailsMidStreamResumesAfterItsLastCommittedPage(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        fake.breakPage("/v1/customers", "2");
        SyncRequest customersOnly =
                SyncRequest.all().withStreams(List.of("customers")).withBatchSize(3);

        StreamResult failed = sync(customersOnly).get("customers");

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).contains("upstream unavailable");
        assertThat(rows("SELECT id FROM example.customers")).hasSize(3);

        fake.repair();
        fake.server().resetRequests();
        StreamResult resumed = sync(customersOnly).get("customers");

        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(resumed.counts().created()).isEqualTo(4);
        assertThat(fake.requests("/v1/customers", "page", "1")).isZero();
        assertThat(rows("SELECT id FROM example.customers")).hasSize(7);
    }
}
