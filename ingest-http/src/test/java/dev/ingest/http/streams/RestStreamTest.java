package dev.ingest.http.streams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.http.StubApis;
import dev.ingest.http.paging.Drained;
import dev.ingest.http.paging.LinkedPages;
import dev.ingest.http.paging.NumberedPages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestStreamTest {

    private static final Stream CALLS = RestStream.named("calls")
            .get("/v2/accounts/7/calls")
            .query("sort", "updated_at")
            .records("data.calls")
            .paging(Paging.pageNumbers("page", 1, new NumberedPages.MorePagesFlag("meta.more")))
            .key("id")
            .incremental("updated_at", "updated_since", CursorFormat.EPOCH_MILLIS)
            .column("id", ColumnType.INTEGER, "id")
            .column("caller_city", ColumnType.TEXT, "caller.city")
            .column("updated_at", ColumnType.TIMESTAMP, "updated")
            .build()
            .stream();

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final RestClient client;

    RestStreamTest() {
        server.start();
        client = new RestClient(StubApis.builder(server.baseUrl()).build());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void page(int number, String calls, boolean more) {
        server.stubFor(get(urlPathEqualTo("/v2/accounts/7/calls"))
                .withQueryParam("page", equalTo(Integer.toString(number)))
                .willReturn(okJson("{\"data\":{\"calls\":[" + calls + "]},\"meta\":{\"more\":" + more + "}}")));
    }

    @Test
    void aFullReadFollowsThePagesWithTheDeclaredQueryAndCheckpointsEachPageNumber() {
        page(
                1,
                "{\"id\":1,\"updated\":\"2024-06-01T00:00:00Z\"},{\"id\":2,\"updated\":\"2024-05-01T00:00:00Z\"}",
                true);
        page(2, "{\"id\":3,\"updated\":\"2024-06-02T00:00:00Z\"}", false);

        Drained read = Drained.from(client.read(CALLS, new ReadRequest(SyncMode.FULL, null, null, 100)));

        assertThat(read.ids()).containsExactly("1", "2", "3");
        assertThat(read.checkpoints()).containsExactly("2", null);
        server.verify(
                2,
                getRequestedFor(urlPathEqualTo("/v2/accounts/7/calls"))
                        .withHeader("Accept", equalTo("application/json"))
                        .withQueryParam("sort", equalTo("updated_at"))
                        .withQueryParam("updated_since", absent()));
    }

    @Test
    void aResumedReadStartsAtItsCheckpointPage() {
        page(2, "{\"id\":3,\"updated\":\"2024-06-02T00:00:00Z\"}", false);

        assertThat(Drained.from(client.read(CALLS, new ReadRequest(SyncMode.FULL, null, "2", 100)))
                        .ids())
                .containsExactly("3");
        server.verify(0, getRequestedFor(urlPathEqualTo("/v2/accounts/7/calls")).withQueryParam("page", equalTo("1")));
    }

    @Test
    void anIncrementalReadSendsTheCursorInTheFilterParameterInTheDeclaredForm() {
        page(1, "{\"id\":3,\"updated\":\"2024-06-02T00:00:00Z\"}", false);

        client.read(CALLS, new ReadRequest(SyncMode.INCREMENTAL, "2024-06-01T00:00:00Z", null, 100))
                .next();

        server.verify(getRequestedFor(urlPathEqualTo("/v2/accounts/7/calls"))
                .withQueryParam(
                        "updated_since",
                        equalTo(Long.toString(
                                Instant.parse("2024-06-01T00:00:00Z").toEpochMilli()))));
    }

    @Test
    void aHeaderFilterSendsTheCursorLessTheLookbackInTheRequestHeaderAndNotInTheQuery() {
        Stream leads = RestStream.named("leads")
                .get("/leads")
                .records("data")
                .paging(Paging.pageNumbers("page", 1, new NumberedPages.MorePagesFlag("meta.morePages")))
                .key("id")
                .incrementalHeader("modified", "If-Modified-Since", CursorFormat.ISO_8601_UTC_OFFSET)
                .lookback(Duration.ofMinutes(5))
                .column("id", ColumnType.INTEGER, "id")
                .column("modified", ColumnType.TIMESTAMP, "dateModified")
                .build()
                .stream();
        server.stubFor(get(urlPathEqualTo("/leads"))
                .withHeader("If-Modified-Since", equalTo("2024-06-01T07:55:00+00:00"))
                .willReturn(okJson("{\"data\":[{\"id\":1,\"dateModified\":\"2024-06-01T08:00:00+00:00\"}],"
                        + "\"meta\":{\"morePages\":false}}")));

        Drained read = Drained.from(
                client.read(leads, new ReadRequest(SyncMode.INCREMENTAL, "2024-06-01T08:00:00.250Z", null, 100)));

        assertThat(read.ids()).containsExactly("1");
        server.verify(getRequestedFor(urlPathEqualTo("/leads"))
                .withQueryParam("If-Modified-Since", absent())
                .withQueryParam("page", equalTo("1")));
    }

    @Test
    void aFullReadSendsNoFilterHeader() {
        Stream leads = RestStream.named("leads")
                .get("/leads")
                .key("id")
                .incrementalHeader("modified", "If-Modified-Since", CursorFormat.ISO_8601_UTC_OFFSET)
                .column("id", ColumnType.INTEGER, "id")
                .column("modified", ColumnType.TIMESTAMP, "dateModified")
                .build()
                .stream();
        server.stubFor(get(urlPathEqualTo("/leads")).willReturn(okJson("[{\"id\":1}]")));

        assertThat(Drained.from(client.read(leads, new ReadRequest(SyncMode.FULL, null, null, 100)))
                        .ids())
                .containsExactly("1");
        server.verify(getRequestedFor(urlPathEqualTo("/leads")).withHeader("If-Modified-Since", absent()));
    }

    @Test
    void aReshapedAnswerGivesTheRecordsTheReshapeMakes() {
        Stream histories = RestStream.named("histories")
                .get("/histories")
                .reshape(answer -> {
                    ArrayNode events = JsonNodeFactory.instance.arrayNode();
                    answer.path("data")
                            .fields()
                            .forEachRemaining(lead -> lead.getValue()
                                    .forEach(event ->
                                            events.add(((ObjectNode) event.deepCopy()).put("lead", lead.getKey()))));
                    return JsonNodeFactory.instance.objectNode().set("events", events);
                })
                .records("events")
                .key("lead", "id")
                .column("lead", ColumnType.INTEGER, "lead")
                .column("id", ColumnType.INTEGER, "id")
                .build()
                .stream();
        server.stubFor(get(urlPathEqualTo("/histories"))
                .willReturn(okJson("{\"data\":{\"7\":[{\"id\":1},{\"id\":2}],\"9\":[{\"id\":1}]}}")));

        List<RawRecord> records = client.read(histories, new ReadRequest(SyncMode.FULL, null, null, 100))
                .next()
                .records();

        assertThat(records.stream().map(r -> ((Row) histories.processor().process(r)).values()))
                .containsExactly(new Object[] {7L, 1L}, new Object[] {7L, 2L}, new Object[] {9L, 1L});
    }

    @Test
    void anIncrementalReadFailsWhenTheApiAnswersOutOfCursorOrder() {
        page(1, "{\"id\":1,\"updated\":\"2024-06-01T00:00:00Z\"}", true);
        page(2, "{\"id\":2,\"updated\":\"2024-05-01T00:00:00Z\"}", false);
        RecordReader reader =
                client.read(CALLS, new ReadRequest(SyncMode.INCREMENTAL, "2024-01-01T00:00:00Z", null, 100));

        assertThat(reader.next().records()).hasSize(1);
        assertThatThrownBy(reader::next)
                .isInstanceOf(SourceException.class)
                .hasMessage(
                        "calls: /v2/accounts/7/calls answered updated_at 2024-05-01T00:00:00Z after 2024-06-01T00:00:00Z;"
                                + " an incremental read needs records in ascending cursor order");
    }

    @Test
    void aCursorPagedStreamTakesTheNextCursorFromEachAnswer() {
        Stream notes = RestStream.named("notes")
                .get("/notes")
                .records("items")
                .paging(Paging.cursor("after", "next"))
                .key("id")
                .column("id", ColumnType.TEXT, "id")
                .build()
                .stream();
        server.stubFor(get(urlPathEqualTo("/notes"))
                .withQueryParam("after", absent())
                .willReturn(okJson("{\"items\":[{\"id\":\"a\"}],\"next\":\"c2\"}")));
        server.stubFor(get(urlPathEqualTo("/notes"))
                .withQueryParam("after", equalTo("c2"))
                .willReturn(okJson("{\"items\":[{\"id\":\"b\"}],\"next\":null}")));

        Drained read = Drained.from(client.read(notes, new ReadRequest(SyncMode.FULL, null, null, 100)));

        assertThat(read.ids()).containsExactly("a", "b");
        assertThat(read.checkpoints()).containsExactly("c2", null);
    }

    @Test
    void aCheckAsksForTheFirstPageAndFailsInTheSourcesWords() {
        server.stubFor(get(urlPathEqualTo("/v2/accounts/7/calls"))
                .willReturn(aResponse().withStatus(403).withBody("{\"error\":\"no access to calls\"}")));

        assertThatThrownBy(() -> client.check(CALLS)).hasMessageContaining("no access to calls");
        server.verify(1, getRequestedFor(urlPathEqualTo("/v2/accounts/7/calls")).withQueryParam("page", equalTo("1")));
    }

    @Test
    void aStreamNotDeclaredWithTheBuilderIsRefused() {
        Stream other = new Stream(
                "other",
                "other",
                List.of("id"),
                List.of(Column.integer("id")),
                null,
                record -> new Rejection(null, "unused"));

        assertThatThrownBy(() -> client.read(other, new ReadRequest(SyncMode.FULL, null, null, 100)))
                .hasMessage("stream other is not a declared REST stream");
    }

    @Test
    void theStreamMapsItsRecordsThroughItsDeclaredColumns() {
        page(1, "{\"id\":1,\"caller\":{\"city\":\"Lyon\"},\"updated\":\"2024-06-01T00:00:00Z\"}", false);

        Row row = (Row) CALLS.processor()
                .process(client.read(CALLS, new ReadRequest(SyncMode.FULL, null, null, 100))
                        .next()
                        .records()
                        .get(0));

        assertThat(row.values()).containsExactly(1L, "Lyon", Instant.parse("2024-06-01T00:00:00Z"));
    }

    /** Owners as HubSpot lists them: live ones, then the same list again with archived=true. */
    private static final Stream OWNERS = RestStream.named("owners")
            .get("/owners")
            .query("limit", "2")
            .records("results")
            .paging(Paging.cursor("after", "paging.next.after"))
            .phase(RestStream.Phase.named("live").query("archived", "false"))
            .phase(RestStream.Phase.named("archived").query("archived", "true").mark("archived", true))
            .key("id")
            .softDelete("archived", null)
            .column("id", ColumnType.TEXT, "id")
            .build()
            .stream();

    private void owners(String archived, String after, String results, String next) {
        server.stubFor(get(urlPathEqualTo("/owners"))
                .withQueryParam("limit", equalTo("2"))
                .withQueryParam("archived", equalTo(archived))
                .withQueryParam("after", after == null ? absent() : equalTo(after))
                .willReturn(okJson("{\"results\":[" + results + "]"
                        + (next == null ? "" : ",\"paging\":{\"next\":{\"after\":\"" + next + "\"}}") + "}")));
    }

    private static List<Batch> batches(RecordReader reader) {
        List<Batch> batches = new ArrayList<>();
        for (Batch batch = reader.next(); batch != null; batch = reader.next()) {
            batches.add(batch);
        }
        return batches;
    }

    @Test
    void aStreamReadInPhasesReadsItsRequestOncePerPhaseAndMarksEachPhasesRecords() {
        owners("false", null, "{\"id\":\"1\"},{\"id\":\"2\"}", "c3");
        owners("false", "c3", "{\"id\":\"3\"}", null);
        owners("true", null, "{\"id\":\"4\"}", null);

        List<Batch> batches = batches(client.read(OWNERS, new ReadRequest(SyncMode.FULL, null, null, 100)));

        assertThat(batches).extracting(Batch::checkpoint).containsExactly("live:c3", "archived", null);
        List<Row> rows = batches.stream()
                .flatMap(b -> b.records().stream())
                .map(r -> (Row) OWNERS.processor().process(r))
                .toList();
        assertThat(rows).extracting(r -> r.values()[0]).containsExactly("1", "2", "3", "4");
        assertThat(rows).extracting(r -> r.deletedAt() != null).containsExactly(false, false, false, true);
    }

    @Test
    void aPhasedReadResumesInThePhaseOfItsCheckpoint() {
        owners("true", null, "{\"id\":\"4\"},{\"id\":\"5\"}", "c6");
        owners("true", "c6", "{\"id\":\"6\"}", null);

        Drained read = Drained.from(client.read(OWNERS, new ReadRequest(SyncMode.FULL, null, "archived:c6", 100)));

        assertThat(read.ids()).containsExactly("6");
        assertThat(read.checkpoints()).containsExactly((String) null);
        server.verify(1, getRequestedFor(urlPathEqualTo("/owners")));
    }

    @Test
    void phasesMayReadPathsOfTheirOwn() {
        Stream pipelines = RestStream.named("pipelines")
                .records("results")
                .phase(RestStream.Phase.named("deals").get("/pipelines/deals").mark("objectType", "deals"))
                .phase(RestStream.Phase.named("tickets")
                        .get("/pipelines/tickets")
                        .mark("objectType", "tickets"))
                .key("object_type", "id")
                .column("object_type", ColumnType.TEXT, "objectType")
                .column("id", ColumnType.TEXT, "id")
                .column("label", ColumnType.TEXT, "label")
                .build()
                .stream();
        server.stubFor(get(urlPathEqualTo("/pipelines/deals"))
                .willReturn(okJson("{\"results\":[{\"id\":\"sales\",\"label\":\"Sales\"},{\"id\":\"renewals\"}]}")));
        server.stubFor(get(urlPathEqualTo("/pipelines/tickets"))
                .willReturn(okJson("{\"results\":[{\"id\":\"support\",\"label\":\"Support\"}]}")));

        List<Batch> batches = batches(client.read(pipelines, new ReadRequest(SyncMode.FULL, null, null, 100)));

        assertThat(batches).extracting(Batch::checkpoint).containsExactly("tickets", null);
        assertThat(batches.stream()
                        .flatMap(b -> b.records().stream())
                        .map(r -> Arrays.asList(((Row) pipelines.processor().process(r)).values())))
                .containsExactly(
                        Arrays.asList("deals", "sales", "Sales"),
                        Arrays.asList("deals", "renewals", null),
                        Arrays.asList("tickets", "support", "Support"));
    }

    @Test
    void aStreamReadInPhasesIsFullOnlyAndEachPhaseNeedsAPath() {
        assertThatThrownBy(() -> RestStream.named("owners")
                        .get("/owners")
                        .phase(RestStream.Phase.named("live"))
                        .key("id")
                        .incremental("updated_at", "since", CursorFormat.ISO_8601)
                        .column("id", ColumnType.TEXT, "id")
                        .column("updated_at", ColumnType.TIMESTAMP, "updatedAt")
                        .build())
                .hasMessage("stream owners is read in phases, so in full only");
        assertThatThrownBy(() -> RestStream.named("pipelines")
                        .phase(RestStream.Phase.named("deals").get("/pipelines/deals"))
                        .phase(RestStream.Phase.named("tickets"))
                        .key("id")
                        .column("id", ColumnType.TEXT, "id")
                        .build())
                .hasMessage("stream pipelines needs a path");
        assertThatThrownBy(() -> RestStream.Phase.named("live:all"))
                .hasMessage("a phase needs a name without a colon, got live:all");
    }

    private static Stream linkedTickets(LinkedPages.NextLink next) {
        return RestStream.named("tickets")
                .get("/tickets")
                .records("tickets")
                .paging(Paging.linked(next))
                .key("id")
                .incrementalHeader("modified", "If-Modified-Since", CursorFormat.ISO_8601)
                .column("id", ColumnType.INTEGER, "id")
                .column("modified", ColumnType.TIMESTAMP, "modified")
                .build()
                .stream();
    }

    @Test
    void aLinkHeaderPagedStreamFollowsTheNextLinkWithItsFilterHeaderAndCheckpointsTheUrl() {
        server.stubFor(get(urlPathEqualTo("/tickets"))
                .withQueryParam("cursor", absent())
                .willReturn(okJson("{\"tickets\":[{\"id\":1,\"modified\":\"2024-06-01T00:00:00Z\"}]}")
                        .withHeader("Link", "<" + server.baseUrl() + "/tickets?cursor=b2>; rel=\"next\"")));
        server.stubFor(get(urlPathEqualTo("/tickets"))
                .withQueryParam("cursor", equalTo("b2"))
                .willReturn(okJson("{\"tickets\":[{\"id\":2,\"modified\":\"2024-06-02T00:00:00Z\"}]}")));

        Drained read = Drained.from(client.read(
                linkedTickets(new LinkedPages.LinkHeader()),
                new ReadRequest(SyncMode.INCREMENTAL, "2024-05-01T00:00:00Z", null, 100)));

        assertThat(read.ids()).containsExactly("1", "2");
        assertThat(read.checkpoints()).containsExactly(server.baseUrl() + "/tickets?cursor=b2", null);
        server.verify(
                2,
                getRequestedFor(urlPathEqualTo("/tickets"))
                        .withHeader("If-Modified-Since", equalTo("2024-05-01T00:00:00Z")));
    }

    @Test
    void aNextPageUrlOnAnotherHostIsNotFollowed() {
        server.stubFor(get(urlPathEqualTo("/tickets"))
                .willReturn(okJson("{\"tickets\":[{\"id\":1,\"modified\":\"2024-06-01T00:00:00Z\"}],"
                        + "\"next\":\"https://elsewhere.example/tickets?page=2\"}")));

        RecordReader reader = client.read(
                linkedTickets(new LinkedPages.BodyUrl("next", null)), new ReadRequest(SyncMode.FULL, null, null, 100));

        assertThatThrownBy(() -> Drained.from(reader))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("elsewhere.example");
        server.verify(1, getRequestedFor(urlPathEqualTo("/tickets")));
    }
}
