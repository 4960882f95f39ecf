package dev.ingest.http.paging;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import dev.ingest.http.StubApis;
import dev.ingest.http.client.Answer;
import dev.ingest.http.streams.RestEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LinkedPagesTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final RestEndpoint api;
    private final Origin origin;

    LinkedPagesTest() {
        server.start();
        api = StubApis.builder(server.baseUrl()).build().target(RestEndpoint.class);
        origin = Origin.of(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static final LinkedPages.NextLink BODY = new LinkedPages.BodyUrl("next_page", "has_next_page");

    private RecordReader calls(LinkedPages.NextLink next, String resumeFrom) {
        return new LinkedPages("calls", next, origin)
                .reader(
                        () -> api.answer("/v3/calls.json", Map.of("per_page", "2"), Map.of()),
                        url -> api.at(url, Map.of()),
                        resumeFrom);
    }

    private static List<String> ids(Batch batch) {
        return batch.records().stream().map(r -> r.data().get("id").asText()).toList();
    }

    @Test
    void followsTheNextPageUrlOfTheBodyExactlyAsGivenUntilThereIsNoNextPage() {
        String second = server.baseUrl()
                + "/v3/calls.json?api_sort[][start_time]=desc&offset=1&per_page=2&relative_pagination=true";
        server.stubFor(get(urlPathEqualTo("/v3/calls.json"))
                .withQueryParam("offset", equalTo("1"))
                .willReturn(okJson("{\"calls\":[{\"id\":\"c\"}],\"has_next_page\":false,\"next_page\":null}")));
        server.stubFor(get(urlPathEqualTo("/v3/calls.json"))
                .withQueryParam("per_page", equalTo("2"))
                .atPriority(10)
                .willReturn(okJson("{\"calls\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"has_next_page\":true,"
                        + "\"next_page\":\"" + second + "\"}")));

        try (RecordReader reader = calls(BODY, null)) {
            Batch first = reader.next();
            assertThat(ids(first)).containsExactly("a", "b");
            assertThat(first.checkpoint()).startsWith(server.baseUrl() + "/v3/calls.json?api_sort");
            Batch last = reader.next();
            assertThat(ids(last)).containsExactly("c");
            assertThat(last.checkpoint()).isNull();
            assertThat(reader.next()).isNull();
        }
        server.verify(getRequestedFor(urlPathEqualTo("/v3/calls.json"))
                .withQueryParam("api_sort[][start_time]", equalTo("desc"))
                .withQueryParam("relative_pagination", equalTo("true"))
                .withQueryParam("offset", equalTo("1")));
    }

    @Test
    void aNextPageUrlIsNotFollowedWhileHasNextPageIsFalse() {
        server.stubFor(get(urlPathEqualTo("/v3/calls.json"))
                .willReturn(okJson("{\"calls\":[{\"id\":\"a\"}],\"has_next_page\":false," + "\"next_page\":\""
                        + server.baseUrl() + "/v3/calls.json?offset=1\"}")));

        try (RecordReader reader = calls(BODY, null)) {
            assertThat(reader.next().checkpoint()).isNull();
            assertThat(reader.next()).isNull();
        }
        server.verify(1, getRequestedFor(urlPathEqualTo("/v3/calls.json")));
    }

    @Test
    void followsTheLinkHeadersNextRelationAmongOthers() {
        server.stubFor(get(urlPathEqualTo("/v3/calls.json"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(okJson("{\"calls\":[{\"id\":\"c\"}]}")
                        .withHeader("Link", "</v3/calls.json?page=1>; rel=\"first prev\"")));
        server.stubFor(get(urlPathEqualTo("/v3/calls.json"))
                .atPriority(10)
                .willReturn(okJson("{\"calls\":[{\"id\":\"a\"},{\"id\":\"b\"}]}")
                        .withHeader(
                                "Link",
                                "<" + server.baseUrl() + "/v3/calls.json?page=3>; rel=\"last\", <" + server.baseUrl()
                                        + "/v3/calls.json?page=2>; rel=\"next\"")));

        List<String> read = new ArrayList<>();
        try (RecordReader reader = calls(new LinkedPages.LinkHeader(), null)) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                read.addAll(ids(batch));
            }
        }
        assertThat(read).containsExactly("a", "b", "c");
        server.verify(2, getRequestedFor(urlPathEqualTo("/v3/calls.json")));
    }

    @Test
    void theLinkHeaderTakesAnUnquotedRelationAndARelativeTargetAndNoneWithoutNext() {
        LinkedPages.LinkHeader link = new LinkedPages.LinkHeader();

        assertThat(link.of(answerWithLink("</v1/items?cursor=a,b>; title=\"x\"; rel=next")))
                .contains("/v1/items?cursor=a,b");
        assertThat(link.of(answerWithLink("<https://h/x?page=9>; rel=\"last\"")))
                .isEmpty();
        assertThat(link.of(answerWithLink("<https://h/x?page=1>; rel=\"nextish\"")))
                .isEmpty();
        assertThat(origin.follow("/v1/items?cursor=a,b", "the next page").toString())
                .isEqualTo(server.baseUrl() + "/v1/items?cursor=a,b");
    }

    private static Answer answerWithLink(String link) {
        return new Answer(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                Map.of("link", List.of(link)));
    }

    @Test
    void aNextPageOnAnotherOriginFailsTheReadWithoutAskingIt() {
        int otherPort = server.port() + 1;
        for (String elsewhere : List.of(
                "https://elsewhere.example.com/v3/calls.json?offset=1",
                "http://localhost:" + otherPort + "/v3/calls.json?offset=1",
                "https://localhost:" + server.port() + "/v3/calls.json?offset=1")) {
            server.resetAll();
            server.stubFor(get(urlPathEqualTo("/v3/calls.json"))
                    .willReturn(okJson("{\"calls\":[{\"id\":\"a\"}],\"has_next_page\":true,\"next_page\":\"" + elsewhere
                            + "\"}")));

            try (RecordReader reader = calls(BODY, null)) {
                assertThatThrownBy(reader::next)
                        .isInstanceOf(SourceException.class)
                        .hasMessageContaining(elsewhere.substring(0, elsewhere.indexOf('?')))
                        .hasMessageContaining("not on the API's origin")
                        .hasMessageNotContaining("offset=1");
            }
        }
    }

    @Test
    void aResumedReadStartsAtItsCheckpointUrlAndChecksItsOrigin() {
        server.stubFor(get(urlPathEqualTo("/v3/calls.json"))
                .willReturn(okJson("{\"calls\":[{\"id\":\"z\"}],\"has_next_page\":false}")));

        try (RecordReader reader = calls(BODY, server.baseUrl() + "/v3/calls.json?offset=7")) {
            assertThat(ids(reader.next())).containsExactly("z");
        }
        server.verify(1, getRequestedFor(urlPathEqualTo("/v3/calls.json")).withQueryParam("offset", equalTo("7")));

        try (RecordReader reader = calls(BODY, "https://elsewhere.example.com/v3/calls.json?offset=7")) {
            assertThatThrownBy(reader::next).hasMessageContaining("not on the API's origin");
        }
    }

    @Test
    void aPageNamingItselfAsTheNextEndsTheList() {
        String self = server.baseUrl() + "/v3/calls.json?offset=1";
        server.stubFor(get(urlPathEqualTo("/v3/calls.json"))
                .willReturn(
                        okJson("{\"calls\":[{\"id\":\"a\"}],\"has_next_page\":true,\"next_page\":\"" + self + "\"}")));

        try (RecordReader reader = calls(BODY, self)) {
            assertThat(Optional.ofNullable(reader.next().checkpoint())).isEmpty();
        }
    }
}
