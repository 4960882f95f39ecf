package dev.ingest.arrivy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code ingest check arrivy}: one call to the profile, and Arrivy's refusal in one line naming what to fix. */
class ArrivyCheckIT {

    private final FakeArrivy fake = new FakeArrivy();
    private final ArrivyConnector connector = SeededAccount.connector();
    private final Stream tasks = connector.streams().get(0);

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void checkAsksForTheProfileOnceForAllStreams() {
        try (Client client = connector.open(SeededAccount.settings(connector, fake, Map.of()))) {
            connector.streams().forEach(client::check);
        }
        assertThat(fake.requests("/users/profile")).isEqualTo(1);
        assertThat(fake.allRequests()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenIsOneLineNamingBothSettingsAndNoSecret() {
        String wrong = "wrong-token-5555555555";
        try (Client client = connector.open(SeededAccount.settings(connector, fake, Map.of("AUTH_TOKEN", wrong)))) {
            assertThatThrownBy(() -> client.check(tasks))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("HTTP 401 UNAUTHORIZED: Wrong Credentials")
                    .hasMessageContaining("check ARRIVY_AUTH_KEY and ARRIVY_AUTH_TOKEN")
                    .hasMessageNotContaining(wrong)
                    .hasMessageNotContaining(FakeArrivy.KEY)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void aStartDateThatIsNotADateIsNamed() {
        assertThatThrownBy(() -> connector.open(SeededAccount.settings(connector, fake, Map.of("START_DATE", "2015"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("ARRIVY_START_DATE must be a date such as 2015-01-01, got '2015'");
    }
}
