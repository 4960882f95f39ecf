package dev.ingest.salesrabbit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.WarehouseFixture;
import dev.ingest.salesrabbit.fake.FakeSalesRabbit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SalesRabbit connector synced end to end from its fake API into each warehouse, five records a page. */
class SalesRabbitSyncIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL_STREAMS =
            List.of("leads", "lead_status_histories", "lead_status_activities", "users", "lead_statuses");

    private final FakeSalesRabbit fake = new FakeSalesRabbit();
    private final SalesRabbitConnector connector = new SalesRabbitConnector();
    private final Map<String, String> settings =
            new HashMap<>(Map.of("API_TOKEN", FakeSalesRabbit.TOKEN, "PAGE_SIZE", "5", "MAX_ATTEMPTS", "2"));
    private WarehouseFixture fixture;
    private List<Long> leads;

    @BeforeEach
    void seed() {
        settings.put("BASE_URL", fake.baseUrl());
        fake.addUsers(3);
        leads = fake.addLeads(12);
        fake.knock(leads.get(0), 2, 2);
        fake.knock(leads.get(1), 1, 3);
        fake.knock(leads.get(0), 3, 3);
    }

    @AfterEach
    void stop() {
        fake.close();
        if (fixture != null) {
            fixture.close();
        }
    }

    private Map<String, StreamResult> sync(SyncRequest request) {
        return fixture.sync(
                connector, Settings.fromShortNames(connector.name(), connector.settings(), settings), request);
    }

    private List<Record> rows(String sql) {
        return fixture.rows(sql);
    }

    private static Instant instant(Record record, String column) {
        return record.get(column, OffsetDateTime.class).toInstant();
    }

    private int requestsWithHeader(String path, String header, String value) {
        return fake.requests(path, r -> value.equals(r.getHeader(header)));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aFullSyncLoadsEveryStreamTypedWithIdsThatJoin(WarehouseConfig.Kind kind) throws Exception {
        fixture = WarehouseFixture.create(kind);
        fake.throttleOnce("/leads");

        Map<String, StreamResult> first = sync(SyncRequest.all());

        assertThat(first.keySet()).containsExactlyInAnyOrderElementsOf(ALL_STREAMS);
        first.values()
                .forEach(r ->
                        assertThat(r.status()).as(r.stream() + ": " + r.error()).isEqualTo(RunStatus.SUCCESS));
        assertThat(first.get("leads").counts().created()).isEqualTo(12);
        // One event each as created, and three knocks.
        assertThat(first.get("lead_status_histories").counts().created()).isEqualTo(15);
        assertThat(first.get("lead_status_activities").counts().created()).isEqualTo(3);
        assertThat(first.get("users").counts().created()).isEqualTo(3);
        assertThat(first.get("lead_statuses").counts().created()).isEqualTo(4);
        // The 429 was waited out and the same page asked again; every page asked for five, sorted for the cursor.
        assertThat(fake.requests("/leads", r -> r.queryParameter("page").containsValue("1")))
                .isEqualTo(2);
        assertThat(fake.requests(
                        "/leads",
                        r -> r.queryParameter("perPage").containsValue("5")
                                && r.queryParameter("sortBy").containsValue("dateModified")
                                && r.queryParameter("order").containsValue("asc")))
                .isEqualTo(4);
        // /users answers all users on every page: the repeated second page ends the list.
        assertThat(fake.requests("/users", r -> true)).isEqualTo(2);

        Record lead = rows("SELECT * FROM salesrabbit.leads WHERE id = " + leads.get(0))
                .get(0);
        assertThat(lead.get("status", String.class)).isEqualTo("Sold");
        assertThat(lead.get("latitude", BigDecimal.class)).isEqualByComparingTo("39.6551");
        assertThat(lead.get("longitude", BigDecimal.class)).isEqualByComparingTo("-104.9325");
        assertThat(JSON.readTree(lead.get("custom_fields", String.class)))
                .isEqualTo(JSON.readTree("{\"roofAge\":" + leads.get(0) % 30 + "}"));
        assertThat(lead.get("appointment", String.class)).isNull();
        assertThat(instant(lead, "date_created")).isEqualTo(Instant.parse("2024-06-01T00:10:00Z"));
        assertThat(instant(lead, "date_modified")).isEqualTo(Instant.parse("2024-06-01T02:30:00Z"));
        assertThat(instant(lead, "status_modified")).isEqualTo(Instant.parse("2024-06-01T02:30:00Z"));

        // changedByUserId and dispositionerID come as strings, users' ids as numbers: they join.
        assertThat(rows("SELECT h.status_id, u.full_name FROM salesrabbit.lead_status_histories h"
                                + " JOIN salesrabbit.users u ON u.id = h.changed_by_user_id"
                                + " WHERE h.lead_id = " + leads.get(0) + " ORDER BY h.status_updated")
                        .stream()
                        .map(r -> r.get(0, Long.class) + " by " + r.get(1, String.class)))
                .containsExactly("201 by Rep 1", "204 by Rep 2", "205 by Rep 3");
        assertThat(rows("SELECT count(*) FROM salesrabbit.lead_status_activities a"
                                + " JOIN salesrabbit.users u ON u.id = a.dispositioner_id")
                        .get(0)
                        .get(0, Long.class))
                .isEqualTo(3L);
        Record disposition = rows("SELECT * FROM salesrabbit.lead_status_activities WHERE lead_id = " + leads.get(1))
                .get(0);
        assertThat(disposition.get("lead_stage_id", Long.class)).isEqualTo(3L);
        assertThat(disposition.get("proximity_status", String.class)).isEqualTo("At location");
        // The device's time has no offset and is read as UTC.
        assertThat(instant(disposition, "on_device_status_created"))
                .isEqualTo(instant(disposition, "disposition_timestamp"));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void anIncrementalSyncSendsEachStreamsCursorLessTheLookbackInItsHeader(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        sync(SyncRequest.all());
        fake.knock(leads.get(5), 3, 1);
        fake.knock(leads.get(7), 1, 2);
        fake.server().resetRequests();

        Map<String, StreamResult> second = sync(
                SyncRequest.all().withStreams(List.of("leads", "lead_status_histories", "lead_status_activities")));

        second.values().forEach(r -> {
            assertThat(r.status()).as(r.stream() + ": " + r.error()).isEqualTo(RunStatus.SUCCESS);
            assertThat(r.mode()).as(r.stream()).isEqualTo("incremental");
        });
        // The last change of the first sync was at 02:30; the lookback starts the window five minutes before it.
        assertThat(requestsWithHeader("/leads", "If-Modified-Since", "2024-06-01T02:25:00+00:00"))
                .isEqualTo(1);
        assertThat(requestsWithHeader("/leadStatusHistories", "If-Status-Modified-Since", "2024-06-01T02:25:00+00:00"))
                .isEqualTo(1);
        assertThat(requestsWithHeader("/leadStatusActivities", "If-Status-Modified-Since", "2024-06-01T02:25:00+00:00"))
                .isEqualTo(1);
        // The two knocked, and the lead at the stored cursor, read again unchanged.
        assertThat(second.get("leads").counts().updated()).isEqualTo(2);
        assertThat(second.get("leads").counts().unchanged()).isEqualTo(1);
        assertThat(second.get("lead_status_histories").counts().created()).isEqualTo(2);
        assertThat(second.get("lead_status_histories").counts().unchanged()).isEqualTo(1);
        assertThat(second.get("lead_status_activities").counts().created()).isEqualTo(2);
        assertThat(rows("SELECT status FROM salesrabbit.leads WHERE id = " + leads.get(5))
                        .get(0)
                        .get(0, String.class))
                .isEqualTo("Sold");
        assertThat(rows("SELECT count(*) FROM salesrabbit.lead_status_histories")
                        .get(0)
                        .get(0, Long.class))
                .isEqualTo(17L);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aFullSyncMarksADeletedLeadAndKeepsAnInactiveOne(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        sync(SyncRequest.all());
        fake.delete(leads.get(4));
        fake.deactivate(leads.get(6), 2);

        StreamResult full = sync(SyncRequest.all().withFull(true)).get("leads");

        assertThat(full.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(full.counts().deleted()).isEqualTo(1);
        assertThat(rows("SELECT id FROM salesrabbit.leads WHERE _deleted_at IS NOT NULL").stream()
                        .map(r -> r.get(0, Long.class)))
                .containsExactly(leads.get(4));
        assertThat(rows("SELECT count(*) FROM salesrabbit.leads WHERE _deleted_at IS NULL")
                        .get(0)
                        .get(0, Long.class))
                .isEqualTo(11L);
        assertThat(rows("SELECT current_lead_is_active FROM salesrabbit.lead_status_activities WHERE lead_id = "
                                + leads.get(6))
                        .get(0)
                        .get(0, Boolean.class))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aRunKilledMidStreamResumesAfterItsLastCommittedPage(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        fake.breakPage("/leads", "2");
        SyncRequest leadsOnly = SyncRequest.all().withStreams(List.of("leads")).withBatchSize(5);

        StreamResult failed = sync(leadsOnly).get("leads");

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).contains("Service Unavailable");
        assertThat(rows("SELECT id FROM salesrabbit.leads")).hasSize(5);

        fake.repair();
        fake.server().resetRequests();
        StreamResult resumed = sync(leadsOnly).get("leads");

        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(resumed.counts().created()).isEqualTo(7);
        assertThat(fake.requests("/leads", r -> r.queryParameter("page").containsValue("1")))
                .isZero();
        assertThat(rows("SELECT id FROM salesrabbit.leads")).hasSize(12);
    }
}
