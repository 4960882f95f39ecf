package dev.ingest.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.WarehouseFixture;
import dev.ingest.hubspot.api.HubSpotClient;
import dev.ingest.hubspot.fake.FakeHubSpot;
import dev.ingest.hubspot.fake.HubSpotTestClients;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A full sync, upstream changes, then an incremental sync, against the fake HubSpot and a real warehouse. */
class HubSpotSyncIT {

    private static final List<String> STREAMS = List.of("contacts", "deals", "associations");

    private final FakeHubSpot fake = new FakeHubSpot();
    private WarehouseFixture fixture;

    @AfterEach
    void stop() {
        fake.close();
        if (fixture != null) {
            fixture.close();
        }
    }

    private Map<String, StreamResult> sync(Warehouse warehouse) {
        HubSpotConnector connector = new HubSpotConnector();
        try (HubSpotClient client = HubSpotTestClients.open(fake)) {
            SyncReport report = new SyncEngine(warehouse)
                    .sync(connector, client, SyncRequest.all().withStreams(STREAMS), SyncListener.NONE);
            Map<String, StreamResult> byStream = new HashMap<>();
            report.streams().forEach(r -> byStream.put(r.stream(), r));
            byStream.values()
                    .forEach(r -> assertThat(r.status())
                            .as(r.stream() + ": " + r.error())
                            .isEqualTo(RunStatus.SUCCESS));
            return byStream;
        }
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void incrementalSyncFetchesOnlyWhatChangedAndLeavesTheWarehouseEqualToHubSpot(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        Warehouse warehouse = fixture.warehouse();
        for (int i = 0; i < 250; i++) {
            fake.advance(Duration.ofSeconds(1));
            long contact = fake.create(
                    "contacts",
                    Map.of("email", "c" + i + "@example.com", "firstname", "First" + i, "lifecyclestage", "lead"));
            if (i % 10 == 0) {
                long deal = fake.create(
                        "deals", Map.of("dealname", "Deal " + i, "amount", i + ".50", "closedate", "2024-06-01"));
                fake.associate("contacts", contact, "deals", deal, 4, null);
            }
        }

        Map<String, StreamResult> first = sync(warehouse);

        assertThat(first.get("contacts").mode()).isEqualTo("full");
        assertThat(first.get("contacts").counts().created()).isEqualTo(250);
        assertThat(first.get("associations").counts().created()).isEqualTo(25);
        assertWarehouseEqualsUpstream(warehouse, 25);

        fake.advance(Duration.ofMinutes(10));
        List<Long> ids = fake.records("contacts").stream().map(FakeHubSpot::id).toList();
        for (int i = 0; i < 5; i++) {
            fake.advance(Duration.ofSeconds(1));
            fake.update("contacts", ids.get(i * 40), Map.of("lifecyclestage", "customer"));
        }
        fake.archive("contacts", ids.get(3));
        fake.archive("contacts", ids.get(4));
        fake.create("contacts", Map.of("email", "new@example.com"));
        long firstDeal = FakeHubSpot.id(fake.records("deals").get(0));
        fake.removeAssociation("contacts", ids.get(0), "deals", firstDeal);
        fake.server().resetRequests();

        Map<String, StreamResult> second = sync(warehouse);

        StreamResult contacts = second.get("contacts");
        assertThat(contacts.mode()).isEqualTo("incremental");
        // The 5 updated and 1 created come from search, the 2 archived from the archived list; the record at
        // the cursor (the last of the first run) is read again and counts as unchanged.
        assertThat(contacts.counts().updated()).isEqualTo(7);
        assertThat(contacts.counts().created()).isEqualTo(1);
        assertThat(contacts.counts().processed()).isEqualTo(9);
        fake.server().verify(1, postRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts/search")));
        fake.server()
                .verify(
                        1,
                        getRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts"))
                                .withQueryParam("archived", equalTo("true")));
        fake.server()
                .verify(
                        0,
                        getRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts"))
                                .withQueryParam("archived", equalTo("false"))
                                .withQueryParam(
                                        "properties",
                                        com.github.tomakehurst.wiremock.client.WireMock.containing("email")));
        assertThat(second.get("deals").counts().processed()).isEqualTo(1);
        assertThat(second.get("associations").counts().deleted()).isEqualTo(1);
        assertWarehouseEqualsUpstream(warehouse, 24);
    }

    private void assertWarehouseEqualsUpstream(Warehouse warehouse, int liveAssociations) {
        List<Record> rows = warehouse
                .dsl()
                .fetch(
                        "SELECT id, email, lifecyclestage, lastmodifieddate, _deleted_at FROM hubspot.contacts ORDER BY id");
        List<FakeHubSpot.FakeRecord> upstream = fake.records("contacts");
        assertThat(rows).hasSize(upstream.size());
        for (int i = 0; i < rows.size(); i++) {
            Record row = rows.get(i);
            FakeHubSpot.FakeRecord record = upstream.get(i);
            Map<String, String> props = fake.properties("contacts", FakeHubSpot.id(record));
            assertThat(row.get("id", String.class)).isEqualTo(Long.toString(FakeHubSpot.id(record)));
            assertThat(row.get("email", String.class)).isEqualTo(props.get("email"));
            assertThat(row.get("lifecyclestage", String.class)).isEqualTo(props.get("lifecyclestage"));
            assertThat(row.get("lastmodifieddate", java.time.OffsetDateTime.class)
                            .toInstant()
                            .toString())
                    .isEqualTo(props.get("lastmodifieddate"));
            assertThat(row.get("_deleted_at") != null).as("deleted " + record).isEqualTo(FakeHubSpot.archived(record));
        }
        List<Record> associations =
                warehouse.dsl().fetch("SELECT from_id, to_id FROM hubspot.associations WHERE _deleted_at IS NULL");
        assertThat(associations).hasSize(liveAssociations);
    }
}
