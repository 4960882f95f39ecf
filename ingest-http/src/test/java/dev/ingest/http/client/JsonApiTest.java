package dev.ingest.http.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ingest.http.StubApis;
import dev.ingest.http.auth.HeaderAuth;
import feign.RequestLine;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonApiTest {

    interface TokenEndpoint {
        @RequestLine("POST /oauth/token")
        JsonNode token(String form);
    }

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    JsonApiTest() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aClientWithoutTheSourcesRateLimitsIsNotBuilt() {
        JsonApi.Builder builder = JsonApi.builder(server.baseUrl())
                .retries(new JsonApi.Retries(1, Duration.ofMillis(1), Duration.ofMillis(1), millis -> {}))
                .timeouts(new JsonApi.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a JsonApi needs rateLimits: the source's own, with no default");
    }

    @Test
    void aTokenClientSendsNoCredentialsEvenWhenTheBuilderHasThem() {
        server.stubFor(
                post(urlPathEqualTo("/oauth/token")).willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":60}")));
        JsonApi api = StubApis.builder(server.baseUrl())
                .auth(new HeaderAuth(List.of(HeaderAuth.Header.secret("X-Auth-Key", "key-0123456789"))))
                .build();

        api.targetUnauthenticated(TokenEndpoint.class).token("grant_type=refresh_token");

        server.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")).withHeader("X-Auth-Key", absent()));
    }
}
