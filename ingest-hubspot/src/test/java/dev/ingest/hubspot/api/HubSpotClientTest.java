package dev.ingest.hubspot.api;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.http.client.ApiException;
import dev.ingest.hubspot.HubSpotConnector;
import dev.ingest.hubspot.HubSpotSettings;
import dev.ingest.hubspot.fake.FakeHubSpot;
import dev.ingest.hubspot.fake.HubSpotTestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a fake HubSpot that follows the documented behaviour: auth, errors, retries, rate limits. */
class HubSpotClientTest {

    private final FakeHubSpot fake = new FakeHubSpot();

    @AfterEach
    void stop() {
        fake.close();
    }

    private Stream stream(HubSpotClient client, String name) {
        return new HubSpotConnector()
                .discover(client).stream()
                        .filter(s -> s.name().equals(name))
                        .findFirst()
                        .orElseThrow();
    }

    static List<RawRecord> readAll(HubSpotClient client, Stream stream, ReadRequest request) {
        List<RawRecord> all = new ArrayList<>();
        try (RecordReader reader = client.read(stream, request)) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                all.addAll(batch.records());
            }
        }
        return all;
    }

    private void contacts(int count) {
        for (int i = 0; i < count; i++) {
            fake.create("contacts", Map.of("email", "p" + i + "@example.com"));
        }
    }

    @Test
    void fullReadPagesTheListWithItsAfterCursorAHundredAtATime() {
        contacts(250);
        HubSpotClient client = HubSpotTestClients.open(fake);

        List<RawRecord> records =
                readAll(client, stream(client, "contacts"), new ReadRequest(SyncMode.FULL, null, null, 1000));

        assertThat(records).hasSize(250);
        assertThat(records.stream().map(r -> r.data().path("id").asText()).distinct())
                .hasSize(250);
        // Three live pages and one (empty) archived page; the fake answers 400 to any limit above 100.
        fake.server().verify(4, getRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts")));
        assertThat(records.get(0).data().path("properties").path("email").asText())
                .isEqualTo("p0@example.com");
    }

    @Test
    void pagesResumeFromTheCheckpointOfTheLastCommittedBatch() {
        contacts(250);
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream contacts = stream(client, "contacts");
        String checkpoint;
        try (RecordReader reader = client.read(contacts, new ReadRequest(SyncMode.FULL, null, null, 100))) {
            reader.next();
            checkpoint = reader.next().checkpoint();
        }

        List<RawRecord> rest = readAll(client, contacts, new ReadRequest(SyncMode.FULL, null, checkpoint, 100));

        assertThat(rest).hasSize(50);
        assertThat(rest.get(0).data().path("id").asText()).isEqualTo("1201");
    }

    @Test
    void errorsFailFastWithHubSpotsCategoryMessageAndCorrelationId() {
        fake.failNext(
                1,
                "/crm/v3/objects/deals",
                400,
                Map.of(),
                "{\"status\":\"error\",\"message\":\"Invalid input\",\"correlationId\":\"c0ffee\",\"category\":\"VALIDATION_ERROR\","
                        + "\"errors\":[{\"message\":\"unknown property\",\"in\":\"properties\",\"code\":\"INVALID\"}]}");
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream deals = stream(client, "deals");

        assertThatThrownBy(() -> readAll(client, deals, new ReadRequest(SyncMode.FULL, null, null, 100)))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("HTTP 400 VALIDATION_ERROR: Invalid input")
                .hasMessageContaining("unknown property in=properties code=INVALID")
                .hasMessageContaining("correlationId c0ffee")
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isFalse());
        fake.server().verify(1, getRequestedFor(urlPathEqualTo("/crm/v3/objects/deals")));
    }

    @Test
    void aBadTokenFailsAtOnceAndTheTokenIsNeverInTheMessage() {
        HubSpotClient client = HubSpotTestClients.open(fake, Map.of("ACCESS_TOKEN", "pat-wrong-secret"));

        assertThatThrownBy(() -> client.check(HubSpotClient.declaredStreams().get(0)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("401 INVALID_AUTHENTICATION")
                .hasMessageNotContaining("pat-wrong-secret");
        assertThat(fake.count("GET", "/crm/v3/schemas")).isEqualTo(1);
    }

    @Test
    void badGatewayAndUnavailableBurstsAreRetriedWithGrowingBackoff() {
        contacts(3);
        fake.failNext(2, "/crm/v3/objects/contacts", 502, Map.of(), "<html>Bad Gateway</html>");
        fake.failNext(
                2, "/crm/v3/objects/contacts", 503, Map.of(), "{\"status\":\"error\",\"message\":\"unavailable\"}");
        HubSpotClient client = HubSpotTestClients.open(fake);

        List<RawRecord> records =
                readAll(client, stream(client, "contacts"), new ReadRequest(SyncMode.FULL, null, null, 100));

        assertThat(records).hasSize(3);
        assertThat(HubSpotTestClients.SLEPT).hasSize(4);
        // Each wait lies within [half, all] of 100 ms * 2^(attempt-1).
        for (int i = 0; i < 4; i++) {
            assertThat(HubSpotTestClients.SLEPT.get(i)).isBetween(50L << i, 100L << i);
        }
    }

    @Test
    void serverErrorsThatOutlastTheRetriesEndAsARetryableSourceError() {
        fake.failNext(
                6,
                "/crm/v3/objects/contacts",
                503,
                Map.of(),
                "{\"status\":\"error\",\"message\":\"Service unavailable\",\"category\":\"UNAVAILABLE\"}");
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream contacts = stream(client, "contacts");

        assertThatThrownBy(() -> readAll(client, contacts, new ReadRequest(SyncMode.FULL, null, null, 100)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("503 UNAVAILABLE: Service unavailable")
                .hasMessageContaining("gave up after 6 attempts")
                .satisfies(e -> assertThat(((SourceException) e).retryable()).isTrue());
    }

    @Test
    void aRateLimitedRequestWaitsTheIntervalTheHeadersNameThenSucceeds() {
        contacts(2);
        fake.failNext(
                1,
                "/crm/v3/objects/contacts",
                429,
                Map.of(
                        "X-HubSpot-RateLimit-Max",
                        "100",
                        "X-HubSpot-RateLimit-Remaining",
                        "0",
                        "X-HubSpot-RateLimit-Interval-Milliseconds",
                        "700"),
                "{\"status\":\"error\",\"message\":\"You have reached your ten_secondly_rolling limit.\",\"errorType\":\"RATE_LIMIT\","
                        + "\"correlationId\":\"r1\",\"policyName\":\"TEN_SECONDLY_ROLLING\"}");
        HubSpotClient client = HubSpotTestClients.open(fake);

        List<RawRecord> records =
                readAll(client, stream(client, "contacts"), new ReadRequest(SyncMode.FULL, null, null, 100));

        assertThat(records).hasSize(2);
        assertThat(HubSpotTestClients.SLEPT).hasSize(1);
        assertThat(HubSpotTestClients.SLEPT.get(0)).isBetween(500L, 700L);
    }

    @Test
    void retryAfterWinsOverTheIntervalHeader() {
        contacts(1);
        fake.failNext(
                1,
                "/crm/v3/objects/contacts",
                429,
                Map.of("Retry-After", "2", "X-HubSpot-RateLimit-Interval-Milliseconds", "10000"),
                "{\"status\":\"error\",\"message\":\"secondly limit\",\"errorType\":\"RATE_LIMIT\",\"policyName\":\"SECONDLY\"}");
        HubSpotClient client = HubSpotTestClients.open(fake);

        readAll(client, stream(client, "contacts"), new ReadRequest(SyncMode.FULL, null, null, 100));

        assertThat(HubSpotTestClients.SLEPT.get(0)).isBetween(1_500L, 2_000L);
    }

    @Test
    void oauthRefreshesOnceAfterA401AndRetriesWithTheNewToken() {
        contacts(1);
        HubSpotClient client = HubSpotTestClients.open(fake, HubSpotTestClients.oauth());
        Stream contacts = stream(client, "contacts");
        assertThat(fake.issuedTokens()).isEqualTo(1);
        fake.revokeTokens();

        List<RawRecord> records = readAll(client, contacts, new ReadRequest(SyncMode.FULL, null, null, 100));

        assertThat(records).hasSize(1);
        assertThat(fake.issuedTokens()).isEqualTo(2);
        fake.server()
                .verify(
                        2,
                        postRequestedFor(urlPathEqualTo("/oauth/v1/token"))
                                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(
                                        "grant_type=refresh_token")));
    }

    @Test
    void aTokenRejectedAgainAfterRefreshFailsInsteadOfLooping() {
        HubSpotClient client = HubSpotTestClients.open(fake, HubSpotTestClients.oauth());
        fake.failNext(
                2,
                "/crm/v3/schemas",
                401,
                Map.of(),
                "{\"status\":\"error\",\"message\":\"expired\",\"category\":\"EXPIRED_AUTHENTICATION\"}");

        assertThatThrownBy(() -> new HubSpotConnector().discover(client))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("401 EXPIRED_AUTHENTICATION")
                .hasMessageNotContaining(FakeHubSpot.CLIENT_SECRET)
                .hasMessageNotContaining(FakeHubSpot.REFRESH_TOKEN);
        assertThat(fake.count("GET", "/crm/v3/schemas")).isEqualTo(2);
    }

    @Test
    void aRefusedRefreshTokenIsReportedInHubSpotsWordsWithoutTheSecrets() {
        Map<String, String> wrong = new java.util.HashMap<>(HubSpotTestClients.oauth());
        wrong.put("REFRESH_TOKEN", "refresh-token-that-was-revoked");
        HubSpotClient client = HubSpotTestClients.open(fake, wrong);

        assertThatThrownBy(() -> new HubSpotConnector().discover(client))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("POST")
                .hasMessageContaining("/oauth/v1/token: HTTP 400")
                .hasMessageContaining("missing or unknown refresh token")
                .hasMessageNotContaining("refresh-token-that-was-revoked")
                .hasMessageNotContaining(FakeHubSpot.CLIENT_SECRET);
        assertThat(fake.count("GET", "/crm/v3/schemas")).isZero();
    }

    @Test
    void anOauthTokenIsRenewedBeforeItExpires() {
        fake.tokenLifetime(3600);
        HubSpotClient longLived = HubSpotTestClients.open(fake, HubSpotTestClients.oauth());
        new HubSpotConnector().discover(longLived);
        assertThat(fake.issuedTokens()).isEqualTo(1);

        // A token within the renewal margin of its expiry is never sent.
        fake.tokenLifetime(60);
        HubSpotClient shortLived = HubSpotTestClients.open(fake, HubSpotTestClients.oauth());
        shortLived.api().schemas();
        shortLived.api().properties("contacts");

        assertThat(fake.issuedTokens()).isEqualTo(3);
        assertThat(fake.count("POST", "/oauth/v1/token")).isEqualTo(3);
    }

    @Test
    void checkNamesTheMissingScope() {
        fake.withoutScope("/crm/v3/objects/tickets", "crm.objects.tickets.read");
        fake.withoutScope("/crm/v3/properties/tickets", "crm.objects.tickets.read");
        HubSpotClient client = HubSpotTestClients.open(fake);
        Stream tickets = stream(client, "tickets");

        client.check(stream(client, "contacts"));
        assertThatThrownBy(() -> client.check(tickets))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(
                        "hubspot.tickets cannot be read: the app lacks the scope crm.objects.tickets.read")
                .hasMessageContaining("MISSING_SCOPES");
    }

    @Test
    void anObjectTypeThePortalLacksHasNoStreamAndTheOthersStillSync() {
        fake.withoutObjectType("appointments");
        HubSpotClient client = HubSpotTestClients.open(fake);

        List<String> names = new HubSpotConnector()
                .discover(client).stream().map(Stream::name).toList();

        assertThat(names)
                .contains("contacts", "tasks", "owners", "associations")
                .doesNotContain("appointments");
    }

    @Test
    void searchesCountAgainstTheirOwnPerSecondLimitAsWellAsTheSharedOne() {
        HubSpotRateLimits limits = new HubSpotRateLimits(100, 4);
        feign.Request search = feign.Request.create(
                feign.Request.HttpMethod.POST,
                "https://api.hubapi.com/crm/v3/objects/deals/search",
                Map.of(),
                new byte[0],
                java.nio.charset.StandardCharsets.UTF_8,
                null);
        feign.Request list = feign.Request.create(
                feign.Request.HttpMethod.GET,
                "https://api.hubapi.com/crm/v3/objects/deals?limit=100",
                Map.of(),
                null,
                java.nio.charset.StandardCharsets.UTF_8,
                null);

        assertThat(limits.limits().forRequest(search))
                .hasSize(2)
                .contains(limits.limits().all());
        assertThat(limits.limits().forRequest(list))
                .containsExactly(limits.limits().all());
    }

    @Test
    void settingsNameWhatIsMissingWithoutShowingSecrets() {
        assertThatThrownBy(() -> HubSpotSettings.from(
                        dev.ingest.core.spi.Settings.fromShortNames("hubspot", HubSpotSettings.DECLARED, Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("HUBSPOT_ACCESS_TOKEN is not set");
        assertThatThrownBy(() -> HubSpotSettings.from(dev.ingest.core.spi.Settings.fromShortNames(
                        "hubspot", HubSpotSettings.DECLARED, Map.of("CLIENT_ID", "id", "CLIENT_SECRET", "s3cret"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("HUBSPOT_REFRESH_TOKEN is not set");
        HubSpotSettings settings = HubSpotSettings.from(dev.ingest.core.spi.Settings.fromShortNames(
                "hubspot",
                HubSpotSettings.DECLARED,
                Map.of("CLIENT_ID", "id", "CLIENT_SECRET", "s3cret", "REFRESH_TOKEN", "r3fresh")));
        assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("r3fresh");
        assertThat(settings.baseUrl()).isEqualTo("https://api.hubapi.com");
        assertThat(settings.requestsPer10s()).isEqualTo(100);
    }
}
