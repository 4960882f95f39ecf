package dev.ingest.hubspot.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ingest.core.spi.SourceException;
import dev.ingest.hubspot.HubSpotConnector;
import dev.ingest.hubspot.fake.FakeHubSpot;
import dev.ingest.hubspot.fake.HubSpotTestClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials go only to the base URL's origin: a redirect is not followed, and is reported as the error it is,
 * naming where it pointed. A second server stands for the other host and records what it receives.
 */
class RedirectTest {

    private final FakeHubSpot fake = new FakeHubSpot();
    private final WireMockServer otherHost = new WireMockServer(options().dynamicPort());

    RedirectTest() {
        otherHost.start();
        otherHost.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"results\":[],\"access_token\":\"stolen\",\"expires_in\":3600}")));
    }

    @AfterEach
    void stop() {
        fake.close();
        otherHost.stop();
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307, 308})
    void aRedirectToAnotherHostIsRefusedAndTheOtherHostNeverSeesTheBearerToken(int status) {
        fake.failNext(
                1, "/crm/v3/schemas", status, Map.of("Location", otherHost.baseUrl() + "/crm/v3/schemas?token=x"), "");
        HubSpotClient client = HubSpotTestClients.open(fake);

        Throwable thrown = catchThrowable(() -> new HubSpotConnector().discover(client));

        assertThat(received())
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isNull());
        assertThat(received()).isEmpty();
        assertThat(thrown)
                .isInstanceOf(SourceException.class)
                .hasMessage("GET " + fake.baseUrl() + "/crm/v3/schemas: HTTP " + status + " redirect to "
                        + otherHost.baseUrl() + "/crm/v3/schemas, not followed: credentials go only to "
                        + fake.baseUrl());
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307, 308})
    void aRedirectedTokenRequestNeverCarriesTheClientSecretOrRefreshTokenToAnotherHost(int status) {
        fake.failNext(1, "/oauth/v1/token", status, Map.of("Location", otherHost.baseUrl() + "/oauth/v1/token"), "");
        HubSpotClient client = HubSpotTestClients.open(fake, HubSpotTestClients.oauth());

        Throwable thrown = catchThrowable(() -> new HubSpotConnector().discover(client));

        assertThat(received())
                .allSatisfy(r -> assertThat(r.getBodyAsString())
                        .doesNotContain(FakeHubSpot.CLIENT_SECRET)
                        .doesNotContain(FakeHubSpot.REFRESH_TOKEN));
        assertThat(received()).isEmpty();
        assertThat(thrown)
                .isInstanceOf(SourceException.class)
                .hasMessage("POST " + fake.baseUrl() + "/oauth/v1/token: HTTP " + status + " redirect to "
                        + otherHost.baseUrl() + "/oauth/v1/token, not followed: credentials go only to "
                        + fake.baseUrl());
    }

    private List<LoggedRequest> received() {
        return otherHost.findAll(anyRequestedFor(anyUrl()));
    }
}
