package dev.ingest.http.paging;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ingest.http.StubApis;
import feign.Param;
import feign.RequestLine;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Numbered pages end where the API says: at a short or empty page of a bare array, at a "more pages" flag that is
 * false, or at a page that repeats the one before. Two records make a full page here.
 */
class NumberedPagesTest {

    private static final NumberedPages BARE_ARRAYS = new NumberedPages(1, "", new NumberedPages.ShortPage(2));
    private static final NumberedPages FLAGGED =
            new NumberedPages(1, "calls", new NumberedPages.MorePagesFlag("meta.morePages"));

    interface Tasks {
        @RequestLine("GET /api/tasks?page={page}&page_size=2")
        JsonNode page(@Param("page") int page);
    }

    interface Calls {
        @RequestLine("GET /v3/calls.json?page={page}")
        JsonNode page(@Param("page") int page);
    }

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    NumberedPagesTest() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void bareArrayPagesEndAtTheFirstShortPage() {
        stubPage("/api/tasks", 1, "[{\"id\":1},{\"id\":2}]");
        stubPage("/api/tasks", 2, "[{\"id\":3},{\"id\":4}]");
        stubPage("/api/tasks", 3, "[{\"id\":5}]");

        Drained read = Drained.from(BARE_ARRAYS.reader(tasks()::page, null));

        assertThat(read.ids()).containsExactly("1", "2", "3", "4", "5");
        assertThat(read.checkpoints()).containsExactly("2", "3", null);
        assertThat(requestedPages("/api/tasks")).containsExactly("1", "2", "3");
    }

    @Test
    void bareArrayPagesEndAtAnEmptyPageAfterAFullOne() {
        stubPage("/api/tasks", 1, "[{\"id\":1},{\"id\":2}]");
        stubPage("/api/tasks", 2, "[]");

        Drained read = Drained.from(BARE_ARRAYS.reader(tasks()::page, null));

        assertThat(read.ids()).containsExactly("1", "2");
        assertThat(read.checkpoints()).containsExactly("2", null);
        assertThat(requestedPages("/api/tasks")).containsExactly("1", "2");
    }

    @Test
    void flaggedPagesEndWhenTheFlagSaysNoMore() {
        stubPage("/v3/calls.json", 1, "{\"calls\":[{\"id\":1}],\"meta\":{\"morePages\":true}}");
        stubPage("/v3/calls.json", 2, "{\"calls\":[{\"id\":2}],\"meta\":{\"morePages\":false}}");

        Drained read = Drained.from(FLAGGED.reader(calls()::page, null));

        assertThat(read.ids()).containsExactly("1", "2");
        assertThat(read.checkpoints()).containsExactly("2", null);
        assertThat(requestedPages("/v3/calls.json")).containsExactly("1", "2");
    }

    @Test
    void countedPagesEndAtThePageNumberedTheTotal() {
        NumberedPages counted = new NumberedPages(1, "calls", new NumberedPages.TotalPages("page", "total_pages"));
        stubPage("/v3/calls.json", 1, "{\"page\":1,\"total_pages\":2,\"calls\":[{\"id\":1}]}");
        stubPage("/v3/calls.json", 2, "{\"page\":2,\"total_pages\":2,\"calls\":[{\"id\":2}]}");
        stubPage("/v3/calls.json", 3, "{\"page\":3,\"total_pages\":2,\"calls\":[{\"id\":3}]}");

        Drained read = Drained.from(counted.reader(calls()::page, null));

        assertThat(read.ids()).containsExactly("1", "2");
        assertThat(read.checkpoints()).containsExactly("2", null);
        assertThat(requestedPages("/v3/calls.json")).containsExactly("1", "2");
    }

    @Test
    void aPageThatRepeatsThePreviousEndsTheListWithoutItsRecordsTwice() {
        // An API that answers every number past the end with its last page, and always says there is more.
        stubPage("/v3/calls.json", 1, "{\"calls\":[{\"id\":1}],\"meta\":{\"morePages\":true}}");
        stubPage("/v3/calls.json", 2, "{\"calls\":[{\"id\":2}],\"meta\":{\"morePages\":true}}");
        stubPage("/v3/calls.json", 3, "{\"calls\":[{\"id\":2}],\"meta\":{\"morePages\":true}}");

        Drained read = Drained.from(FLAGGED.reader(calls()::page, null));

        assertThat(read.ids()).containsExactly("1", "2");
        assertThat(read.checkpoints()).containsExactly("2", "3", null);
        assertThat(requestedPages("/v3/calls.json")).containsExactly("1", "2", "3");
    }

    @Test
    void aFullBareArrayPageRepeatedEndsTheList() {
        stubPage("/api/tasks", 1, "[{\"id\":1},{\"id\":2}]");
        stubPage("/api/tasks", 2, "[{\"id\":1},{\"id\":2}]");

        Drained read = Drained.from(BARE_ARRAYS.reader(tasks()::page, null));

        assertThat(read.ids()).containsExactly("1", "2");
        assertThat(requestedPages("/api/tasks")).containsExactly("1", "2");
    }

    @Test
    void aResumedReadStartsAtTheCheckpointsPage() {
        stubPage("/api/tasks", 2, "[{\"id\":3},{\"id\":4}]");
        stubPage("/api/tasks", 3, "[{\"id\":5}]");

        Drained read = Drained.from(BARE_ARRAYS.reader(tasks()::page, "2"));

        assertThat(read.ids()).containsExactly("3", "4", "5");
        assertThat(requestedPages("/api/tasks")).containsExactly("2", "3");
    }

    private Tasks tasks() {
        return StubApis.builder(server.baseUrl()).build().target(Tasks.class);
    }

    private Calls calls() {
        return StubApis.builder(server.baseUrl()).build().target(Calls.class);
    }

    private void stubPage(String path, int number, String body) {
        server.stubFor(get(urlPathEqualTo(path))
                .withQueryParam("page", equalTo(Integer.toString(number)))
                .willReturn(okJson(body)));
    }

    private List<String> requestedPages(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path))).stream()
                .map(request -> request.queryParameter("page").firstValue())
                .toList();
    }
}
