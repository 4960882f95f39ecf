package dev.ingest.http.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ingest.http.StubApis;
import dev.ingest.http.client.ApiException;
import feign.RequestLine;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Credentials in headers of the source's choosing arrive as its documentation shows, and are never shown. */
class HeaderAuthTest {

    private static final String ARRIVY_KEY = "arrivy-key-6f2c9e41";
    private static final String ARRIVY_TOKEN = "arrivy-token-81d4b7a0";
    private static final String CALLRAIL_KEY = "callrail-key-0a9b8c7d";

    /** Arrivy: {@code X-Auth-Key} and {@code X-Auth-Token} on every request. */
    private static final HeaderAuth ARRIVY = new HeaderAuth(List.of(
            HeaderAuth.Header.secret("X-Auth-Key", ARRIVY_KEY),
            HeaderAuth.Header.secret("X-Auth-Token", ARRIVY_TOKEN)));
    /** CallRail: {@code Authorization: Token token="<api key>"}. */
    private static final HeaderAuth CALLRAIL = new HeaderAuth(
            List.of(new HeaderAuth.Header("Authorization", "Token token=\"" + CALLRAIL_KEY + "\"", CALLRAIL_KEY)));

    interface Arrivy {
        @RequestLine("GET /api/tasks")
        JsonNode tasks();
    }

    interface CallRail {
        @RequestLine("GET /v3/a.json")
        JsonNode accounts();
    }

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    HeaderAuthTest() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void arrivysKeyAndTokenArriveInTheirOwnHeaders() {
        server.stubFor(get(urlPathEqualTo("/api/tasks"))
                .withHeader("X-Auth-Key", equalTo(ARRIVY_KEY))
                .withHeader("X-Auth-Token", equalTo(ARRIVY_TOKEN))
                .willReturn(okJson("[{\"id\":1}]")));

        JsonNode tasks = StubApis.builder(server.baseUrl())
                .auth(ARRIVY)
                .build()
                .target(Arrivy.class)
                .tasks();

        assertThat(tasks.path(0).path("id").asInt()).isEqualTo(1);
    }

    @Test
    void callRailsKeyArrivesInTheTokenSchemeOfTheAuthorizationHeader() {
        server.stubFor(get(urlPathEqualTo("/v3/a.json"))
                .withHeader("Authorization", equalTo("Token token=\"" + CALLRAIL_KEY + "\""))
                .willReturn(okJson("{\"accounts\":[]}")));

        StubApis.builder(server.baseUrl())
                .auth(CALLRAIL)
                .build()
                .target(CallRail.class)
                .accounts();

        server.verify(1, getRequestedFor(urlPathEqualTo("/v3/a.json")));
    }

    @Test
    void aRefusalThatEchoesTheSecretsShowsNeitherAndIsNotRetried() {
        server.stubFor(get(urlPathEqualTo("/api/tasks"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"unknown key " + ARRIVY_KEY + " with token " + ARRIVY_TOKEN + "\"}")));
        Arrivy arrivy = StubApis.builder(server.baseUrl()).auth(ARRIVY).build().target(Arrivy.class);

        ApiException refused = catchThrowableOfType(ApiException.class, arrivy::tasks);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.getMessage())
                .contains("unknown key **** with token ****")
                .doesNotContain(ARRIVY_KEY)
                .doesNotContain(ARRIVY_TOKEN);
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/tasks")));
    }

    @Test
    void toStringNamesTheHeadersButNoSecret() {
        assertThat(ARRIVY).hasToString("HeaderAuth[X-Auth-Key=****, X-Auth-Token=****]");
        assertThat(CALLRAIL.toString())
                .isEqualTo("HeaderAuth[Authorization=****]")
                .doesNotContain(CALLRAIL_KEY);
    }

    @Test
    void aHeaderWhoseValueLacksItsSecretIsRefusedWithoutShowingTheValue() {
        assertThatThrownBy(() -> new HeaderAuth.Header("Authorization", "Token token=\"other-key-1234\"", CALLRAIL_KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the value of header Authorization must contain its secret");
    }
}
