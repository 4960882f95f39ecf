package dev.ingest.callrail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.callrail.client.Pace;
import dev.ingest.callrail.fake.FakeCallRail;
import dev.ingest.callrail.fake.Seed;
import dev.ingest.callrail.streams.Calls;
import dev.ingest.callrail.streams.Listings;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.SourceException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a user sees when a setting or the API says no: one line, in the API's words, without the key. */
class CallRailErrorsTest {

    private final Clock clock = Clock.systemUTC();
    private final FakeCallRail fake = new FakeCallRail(clock);
    private final CallRailConnector connector =
            new CallRailConnector(new Pace(Duration.ofHours(1), Duration.ofDays(1), Duration.ofMillis(10)), clock);

    CallRailErrorsTest() {
        Seed.accounts(fake, clock, 5, 10);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private Client open(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("BASE_URL", fake.baseUrl(), "API_KEY", FakeCallRail.KEY));
        values.putAll(extra);
        return connector.open(Settings.fromShortNames(connector.name(), connector.settings(), values));
    }

    @Test
    void aRefusedKeyIsReportedInTheApisWordsWithoutTheKey() {
        String wrong = "wrong-key-0123456789abcdef";
        try (Client client = open(Map.of("API_KEY", wrong))) {
            assertThatThrownBy(() -> client.check(Listings.COMPANIES.stream()))
                    .isInstanceOf(SourceException.class)
                    .hasMessage("GET " + fake.baseUrl() + "/v3/a.json: HTTP 401: HTTP Token: Access denied.")
                    .hasMessageNotContaining(wrong);
        }
    }

    @Test
    void anAccountTheKeyDoesNotSeeIsNamedByThePathItWasAskedAt() {
        try (Client client = open(Map.of("ACCOUNT_ID", "ACCnope"))) {
            assertThatThrownBy(() -> client.check(Calls.STREAM.stream()))
                    .isInstanceOf(SourceException.class)
                    .hasMessage("GET " + fake.baseUrl() + "/v3/a/ACCnope/calls.json: HTTP 404: Account not found");
        }
    }

    @Test
    void aStartDateThatIsNoDateIsNamedInOneLine() {
        assertThatThrownBy(() -> open(Map.of("START_DATE", "2025-13-01")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("CALLRAIL_START_DATE must be a date as YYYY-MM-DD, not '2025-13-01'");
    }
}
