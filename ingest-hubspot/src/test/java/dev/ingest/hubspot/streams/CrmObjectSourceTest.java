package dev.ingest.hubspot.streams;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.http.client.ApiException;
import dev.ingest.http.client.JsonApi;
import dev.ingest.hubspot.HubSpotConnector;
import dev.ingest.hubspot.api.HubSpotClient;
import dev.ingest.hubspot.fake.FakeHubSpot;
import dev.ingest.hubspot.fake.HubSpotTestClients;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CRM object streams against the fake HubSpot: typed properties, search windows, archived records, custom objects. */
class CrmObjectSourceTest {

    private final FakeHubSpot fake = new FakeHubSpot();

    @AfterEach
    void stop() {
        fake.close();
    }

    private static Stream stream(HubSpotClient client, String name) {
        return new HubSpotConnector()
                .discover(client).stream()
                        .filter(s -> s.name().equals(name))
                        .findFirst()
                        .orElseThrow();
    }

    private static List<Batch> batches(HubSpotClient client, Stream stream, ReadRequest request) {
        List<Batch> all = new ArrayList<>();
        try (RecordReader reader = client.read(stream, request)) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                all.add(batch);
            }
        }
        return all;
    }

    private static List<RawRecord> records(List<Batch> batches) {
        return batches.stream().flatMap(b -> b.records().stream()).toList();
    }

    @Test
    void everyPropertyBecomesATypedColumn() {
        long id = fake.create(
                "deals",
                Map.of("dealname", "Roof", "amount", "1250.50", "closedate", "2024-05-01", "hs_is_closed", "true"));
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream deals = stream(client, "deals");

        assertThat(deals.columns())
                .extracting(c -> c.name() + ":" + c.type())
                .contains(
                        "id:TEXT",
                        "dealname:TEXT",
                        "amount:DECIMAL",
                        "closedate:DATE",
                        "hs_is_closed:BOOLEAN",
                        "hs_lastmodifieddate:TIMESTAMP",
                        "hs_object_id:DECIMAL");
        assertThat(deals.cursorField()).isEqualTo("hs_lastmodifieddate");
        RawRecord record = records(batches(client, deals, new ReadRequest(SyncMode.FULL, null, null, 100)))
                .get(0);
        Row row = (Row) deals.processor().process(record);
        assertThat(row.values()[deals.columnIndex("id")]).isEqualTo(Long.toString(id));
        assertThat(row.values()[deals.columnIndex("amount")]).isEqualTo(new BigDecimal("1250.50"));
        assertThat(row.values()[deals.columnIndex("closedate")]).isEqualTo(LocalDate.parse("2024-05-01"));
        assertThat(row.values()[deals.columnIndex("hs_is_closed")]).isEqualTo(true);
        assertThat(row.values()[deals.columnIndex("hs_lastmodifieddate")]).isEqualTo(fake.now());
        assertThat(row.deletedAt()).isNull();
    }

    @Test
    void aValueThatDoesNotFitItsTypeIsRejectedNamingTheProperty() {
        fake.create("deals", Map.of("amount", "twelve"));
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream deals = stream(client, "deals");

        Outcome outcome = deals.processor()
                .process(records(batches(client, deals, new ReadRequest(SyncMode.FULL, null, null, 100)))
                        .get(0));

        assertThat(outcome).isEqualTo(new Rejection("1001", "amount: 'twelve' is not a number"));
    }

    @Test
    void archivedRecordsAreReadAfterTheLiveOnesAndMarkedDeleted() {
        long kept = fake.create("contacts", Map.of("email", "a@example.com"));
        long gone = fake.create("contacts", Map.of("email", "b@example.com"));
        fake.advance(Duration.ofMinutes(5));
        fake.archive("contacts", gone);
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream contacts = stream(client, "contacts");

        List<RawRecord> records = records(batches(client, contacts, new ReadRequest(SyncMode.FULL, null, null, 100)));

        assertThat(records).extracting(r -> r.data().path("id").asLong()).containsExactly(kept, gone);
        Row archived = (Row) contacts.processor().process(records.get(1));
        assertThat(archived.deletedAt()).isEqualTo(fake.now());
        assertThat(archived.values()[contacts.columnIndex("archived")]).isEqualTo(true);
        fake.server()
                .verify(
                        1,
                        getRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts"))
                                .withQueryParam(
                                        "archived", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true")));
    }

    @Test
    void theSearchCapOfTenThousandIsPassedByOpeningNewWindowsWithoutSkippingSharedTimestamps() {
        // 10,450 changes: 450 of them in one millisecond (more than a page), the rest seven to a millisecond.
        for (int i = 0; i < 450; i++) {
            fake.create("contacts", Map.of("email", "same" + i + "@example.com"));
        }
        for (int i = 0; i < 10_000; i++) {
            if (i % 7 == 0) {
                fake.advance(Duration.ofMillis(1));
            }
            fake.create("contacts", Map.of("email", "c" + i + "@example.com"));
        }
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream contacts = stream(client, "contacts");
        ApiException pastCap = org.assertj.core.api.Assertions.catchThrowableOfType(
                ApiException.class,
                () -> client.api()
                        .search(
                                "contacts",
                                JsonApi.MAPPER
                                        .createObjectNode()
                                        .put("limit", 200)
                                        .put("after", "9900")));
        assertThat(pastCap.status()).isEqualTo(400);

        List<Batch> batches =
                batches(client, contacts, new ReadRequest(SyncMode.INCREMENTAL, "2024-01-01T00:00:00Z", null, 200));

        List<RawRecord> records = records(batches);
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.data().path("id").asText()));
        assertThat(ids).hasSize(10_450);
        Instant previous = Instant.MIN;
        for (RawRecord record : records) {
            Instant modified = Instant.parse(
                    record.data().path("properties").path("lastmodifieddate").asText());
            assertThat(modified).isAfterOrEqualTo(previous);
            previous = modified;
        }
        // Re-reading each window's boundary (up to seven records here) and the page that found the tie costs under 10%.
        assertThat(records.size()).isLessThan(11_495);
        assertThat(fake.count("POST", "/crm/v3/objects/contacts/search")).isLessThan(60);
    }

    @Test
    void anIncrementalReadResumesInsideItsWindow() {
        for (int i = 0; i < 500; i++) {
            fake.advance(Duration.ofSeconds(1));
            fake.create("contacts", Map.of("email", "c" + i + "@example.com"));
        }
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream contacts = stream(client, "contacts");
        String checkpoint;
        try (RecordReader reader =
                client.read(contacts, new ReadRequest(SyncMode.INCREMENTAL, "2024-01-01T00:00:00Z", null, 200))) {
            checkpoint = reader.next().checkpoint();
        }

        List<RawRecord> rest = records(batches(
                client, contacts, new ReadRequest(SyncMode.INCREMENTAL, "2024-01-01T00:00:00Z", checkpoint, 200)));

        assertThat(checkpoint).startsWith("modified:from|");
        // The resumed window opens at c199, the last record committed; the next one opens at c398, read twice.
        List<String> emails = rest.stream()
                .map(r -> r.data().path("properties").path("email").asText())
                .toList();
        assertThat(emails)
                .startsWith("c199@example.com")
                .endsWith("c499@example.com")
                .hasSize(302);
        assertThat(new HashSet<>(emails)).hasSize(301);
    }

    @Test
    void propertiesTooManyForAUrlAreReadByBatchReadWithThemInTheBody() {
        for (int i = 0; i < 120; i++) {
            fake.defineProperty("contacts", "custom_property_with_a_rather_long_name_" + i, "string");
        }
        for (int i = 0; i < 150; i++) {
            fake.create(
                    "contacts",
                    Map.of("email", "c" + i + "@example.com", "custom_property_with_a_rather_long_name_119", "v" + i));
        }
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream contacts = stream(client, "contacts");

        List<RawRecord> records = records(batches(client, contacts, new ReadRequest(SyncMode.FULL, null, null, 100)));

        assertThat(records).hasSize(150);
        assertThat(records.get(149)
                        .data()
                        .path("properties")
                        .path("custom_property_with_a_rather_long_name_119")
                        .asText())
                .isEqualTo("v149");
        fake.server().verify(2, postRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts/batch/read")));
        fake.server()
                .verify(
                        3,
                        getRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts"))
                                .withQueryParam(
                                        "properties",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("hs_object_id")));
    }

    @Test
    void customObjectsFromTheSchemasApiAreStreamsOfTheirOwn() {
        String typeId = fake.defineCustomObject("divisions");
        fake.create(typeId, Map.of("name", "North"));
        fake.create(typeId, Map.of("name", "South"));
        HubSpotClient client = HubSpotTestClients.open(fake);

        Stream divisions = stream(client, "divisions");
        List<RawRecord> records = records(batches(client, divisions, new ReadRequest(SyncMode.FULL, null, null, 100)));

        assertThat(divisions.columns()).extracting(c -> c.name()).contains("name", "hs_lastmodifieddate");
        assertThat(records)
                .extracting(r -> r.data().path("properties").path("name").asText())
                .containsExactly("North", "South");
        fake.server().verify(2, getRequestedFor(urlPathEqualTo("/crm/v3/objects/" + typeId)));
    }

    @Test
    void associationsAreReadInBatchesWithTheirTypeAndLabel() {
        long contact = fake.create("contacts", Map.of("email", "a@example.com"));
        long company = fake.create("companies", Map.of("name", "Acme"));
        long deal = fake.create("deals", Map.of("dealname", "Roof"));
        fake.associate("contacts", contact, "companies", company, 1, null);
        fake.associate("contacts", contact, "companies", company, 17, "Decision maker");
        fake.associate("contacts", contact, "deals", deal, 4, null);
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream associations = stream(client, "associations");

        List<Row> rows =
                records(batches(client, associations, new ReadRequest(SyncMode.FULL, null, null, 100))).stream()
                        .map(r -> (Row) associations.processor().process(r))
                        .toList();

        assertThat(rows)
                .extracting(r -> java.util.Arrays.asList(r.values()))
                .containsExactlyInAnyOrder(
                        java.util.Arrays.asList(
                                "contacts",
                                Long.toString(contact),
                                "companies",
                                Long.toString(company),
                                1L,
                                "HUBSPOT_DEFINED",
                                null),
                        java.util.Arrays.asList(
                                "contacts",
                                Long.toString(contact),
                                "companies",
                                Long.toString(company),
                                17L,
                                "HUBSPOT_DEFINED",
                                "Decision maker"),
                        java.util.Arrays.asList(
                                "contacts",
                                Long.toString(contact),
                                "deals",
                                Long.toString(deal),
                                4L,
                                "HUBSPOT_DEFINED",
                                null));
        fake.server().verify(postRequestedFor(urlPathEqualTo("/crm/v4/associations/contacts/companies/batch/read")));
    }

    @Test
    void aRecordWithMoreLinksThanOneAnswerHoldsHasThemAllRead() {
        fake.associationPageSize(2);
        long contact = fake.create("contacts", Map.of("email", "many@example.com"));
        long other = fake.create("contacts", Map.of("email", "few@example.com"));
        List<Long> companies = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long company = fake.create("companies", Map.of("name", "Company " + i));
            companies.add(company);
            fake.associate("contacts", contact, "companies", company, 1, null);
        }
        fake.associate("contacts", other, "companies", companies.get(0), 1, null);
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream associations = stream(client, "associations");

        List<Row> rows =
                records(batches(client, associations, new ReadRequest(SyncMode.FULL, null, null, 100))).stream()
                        .map(r -> (Row) associations.processor().process(r))
                        .filter(r -> r.values()[2].equals("companies"))
                        .toList();

        assertThat(rows)
                .extracting(r -> r.values()[1] + "->" + r.values()[3])
                .containsExactlyInAnyOrder(
                        contact + "->" + companies.get(0),
                        contact + "->" + companies.get(1),
                        contact + "->" + companies.get(2),
                        contact + "->" + companies.get(3),
                        contact + "->" + companies.get(4),
                        other + "->" + companies.get(0));
        fake.server().verify(3, postRequestedFor(urlPathEqualTo("/crm/v4/associations/contacts/companies/batch/read")));
    }

    @Test
    void ownersPipelinesStagesAndPropertyDefinitionsAreStreams() {
        fake.addOwner("7", "owner@example.com", false);
        fake.addOwner("8", "former@example.com", true);
        fake.addPipeline("deals", "default", "Sales", List.of("appointmentscheduled", "closedwon"));
        HubSpotClient client = HubSpotTestClients.open(fake);

        List<Row> owners = rows(client, "owners");
        List<Row> stages = rows(client, "pipeline_stages");
        List<Row> properties = rows(client, "properties");

        assertThat(owners).hasSize(2);
        assertThat(owners.get(1).deletedAt()).isNotNull();
        assertThat(rows(client, "pipelines")).hasSize(1);
        assertThat(stages).extracting(r -> r.values()[2]).containsExactly("appointmentscheduled", "closedwon");
        assertThat(properties)
                .extracting(r -> r.values()[0] + "." + r.values()[1])
                .contains("contacts.email", "deals.amount");
        assertThat(stream(client, "owners").columns()).extracting(c -> c.type()).contains(ColumnType.JSON);
    }

    @Test
    void stagesNameTheirTypeAndPipelineAndOwnersResumeAmongTheArchivedOnes() {
        fake.addOwner("7", "owner@example.com", false);
        fake.addOwner("8", "former@example.com", true);
        fake.addOwner("9", "gone@example.com", true);
        fake.addPipeline("deals", "default", "Sales", List.of("appointmentscheduled", "closedwon"));
        fake.addPipeline("tickets", "support", "Support", List.of("new"));
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream owners = stream(client, "owners");

        List<Row> resumed =
                records(batches(client, owners, new ReadRequest(SyncMode.FULL, null, "archived", 100))).stream()
                        .map(r -> (Row) owners.processor().process(r))
                        .toList();

        assertThat(rows(client, "pipeline_stages"))
                .extracting(r -> r.values()[0] + "/" + r.values()[1] + "/" + r.values()[2])
                .containsExactly(
                        "deals/default/appointmentscheduled", "deals/default/closedwon", "tickets/support/new");
        assertThat(resumed).extracting(r -> r.values()[0]).containsExactly("8", "9");
        assertThat(resumed).allSatisfy(r -> assertThat(r.deletedAt()).isNotNull());
        fake.server()
                .verify(
                        0,
                        getRequestedFor(urlPathEqualTo("/crm/v3/owners")).withQueryParam("archived", equalTo("false")));
    }

    @Test
    void propertyDefinitionsAreReadForTheTypesThePortalHas() {
        fake.withoutObjectType("appointments");
        HubSpotClient client = HubSpotTestClients.open(fake);

        List<Row> properties = rows(client, "properties");

        assertThat(properties)
                .extracting(r -> r.values()[0] + "." + r.values()[1])
                .contains("contacts.email", "tasks.hs_lastmodifieddate")
                .noneMatch(name -> name.startsWith("appointments."));
    }

    private List<Row> rows(HubSpotClient client, String name) {
        Stream stream = stream(client, name);
        return records(batches(client, stream, new ReadRequest(SyncMode.FULL, null, null, 100))).stream()
                .map(r -> (Row) stream.processor().process(r))
                .toList();
    }
}
