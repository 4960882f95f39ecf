package dev.ingest.hubspot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ingest.core.spi.SourceException;
import dev.ingest.hubspot.HubSpotConnector;
import dev.ingest.hubspot.fake.FakeHubSpot;
import dev.ingest.hubspot.fake.HubSpotTestClients;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An API may echo the credentials it was sent in its error body; the client's error messages, which end up in logs
 * and the sync history, never carry them, and keep at most one short line of the body.
 */
class ErrorRedactionTest {

    /** Enough answers for every attempt a retryable status gets. */
    private static final int EVERY_ATTEMPT = 6;

    private final FakeHubSpot fake = new FakeHubSpot();

    @AfterEach
    void stop() {
        fake.close();
    }

    private Throwable discoverFailure(Map<String, String> settings) {
        HubSpotClient client = HubSpotTestClients.open(fake, settings);
        Throwable thrown = catchThrowable(() -> new HubSpotConnector().discover(client));
        assertThat(thrown).isInstanceOf(SourceException.class);
        return thrown;
    }

    /** Neither the message nor the toString of the exception or of any of its causes shows {@code secret}. */
    private static void assertNowhere(Throwable thrown, String secret) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(t.getMessage()).doesNotContain(secret);
            assertThat(t.toString()).doesNotContain(secret);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 500})
    void aJsonErrorBodyEchoingTheAccessTokenNeverShowsIt(int status) {
        fake.failNext(
                EVERY_ATTEMPT,
                "/crm/v3/schemas",
                status,
                Map.of(),
                "{\"status\":\"error\",\"category\":\"VALIDATION_ERROR\","
                        + "\"message\":\"token " + FakeHubSpot.TOKEN
                        + " may not call this\",\"errors\":[{\"message\":\"bad header\","
                        + "\"context\":{\"authorization\":[\"Bearer " + FakeHubSpot.TOKEN + "\"]}}]}");

        Throwable thrown = discoverFailure(Map.of());

        assertThat(thrown).hasMessageContaining("HTTP " + status + " VALIDATION_ERROR: token **** may not call this");
        assertNowhere(thrown, FakeHubSpot.TOKEN);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 500})
    void aPlainTextErrorBodyEchoingABearerHeaderNeverShowsTheToken(int status) {
        fake.failNext(
                EVERY_ATTEMPT,
                "/crm/v3/schemas",
                status,
                Map.of(),
                "request rejected\nAuthorization: Bearer " + FakeHubSpot.TOKEN + "\nX-Other: Bearer some-other-token");

        Throwable thrown = discoverFailure(Map.of());

        assertThat(thrown).hasMessageContaining("HTTP " + status + ": request rejected Authorization: Bearer ****");
        assertNowhere(thrown, FakeHubSpot.TOKEN);
        assertNowhere(thrown, "some-other-token");
    }

    @Test
    void aTokenEndpointErrorEchoingTheClientSecretAndRefreshTokenNeverShowsThem() {
        fake.failNext(
                1,
                "/oauth/v1/token",
                400,
                Map.of(),
                "{\"status\":\"BAD_REFRESH_TOKEN\",\"message\":\"no refresh token " + FakeHubSpot.REFRESH_TOKEN
                        + " for client_secret=" + FakeHubSpot.CLIENT_SECRET + "\"}");

        Throwable thrown = discoverFailure(HubSpotTestClients.oauth());

        assertThat(thrown)
                .hasMessageContaining("/oauth/v1/token: HTTP 400: no refresh token **** for client_secret=****");
        assertNowhere(thrown, FakeHubSpot.REFRESH_TOKEN);
        assertNowhere(thrown, FakeHubSpot.CLIENT_SECRET);
    }

    @Test
    void aSuccessfulAnswerThatIsNotJsonNeverShowsTheTokenItEchoes() {
        // Jackson names the text it could not read up to the first character that cannot be in a name.
        String token = "pat1secretvalue42";
        fake.failNext(1, "/crm/v3/schemas", 200, Map.of(), token + " is not allowed here");

        Throwable thrown = discoverFailure(Map.of("ACCESS_TOKEN", token));

        assertThat(thrown)
                .hasMessageStartingWith(
                        "GET " + fake.baseUrl() + "/crm/v3/schemas: HTTP 200 answer could not be read as JSON: ");
        assertNowhere(thrown, token);
    }

    @Test
    void aLongErrorPageIsKeptAsOneShortLine() {
        String page = "<html>\n<body>\n" + "<p>Internal Server Error</p>\r\n".repeat(400) + "</body>\n</html>";
        fake.failNext(EVERY_ATTEMPT, "/crm/v3/schemas", 500, Map.of(), page);

        Throwable thrown = discoverFailure(Map.of());

        assertThat(thrown.getMessage())
                .doesNotContain("\n")
                .doesNotContain("\r")
                .contains("HTTP 500: <html> <body> <p>Internal Server Error</p> <p>")
                .hasSizeLessThan(700);
    }
}
