package dev.ingest.genius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.genius.client.ConnectionSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeniusConnectorTest {

    private final GeniusConnector connector = new GeniusConnector();

    private Settings settings(Map<String, String> values) {
        return Settings.fromShortNames("genius", connector.settings(), values);
    }

    @Test
    void everyStreamDetectsDeletionsAndTheTimestampedOnesAreIncremental() {
        assertThat(connector.streams()).allMatch(Stream::detectsDeletions);
        assertThat(connector.streams())
                .filteredOn(Stream::incremental)
                .extracting(Stream::name)
                .contains("divisions", "users", "prospects", "appointments", "quotes")
                .doesNotContain("phone_types", "quote_statuses");
    }

    @Test
    void aMissingOrMalformedSettingIsNamed() {
        assertThatThrownBy(() -> connector.open(settings(Map.of("DB_NAME", "genius", "DB_USER", "reader"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("GENIUS_DB_HOST is not set");
        assertThatThrownBy(() -> connector.open(
                        settings(Map.of("DB_HOST", "db", "DB_NAME", "genius", "DB_USER", "reader", "DB_PORT", "x"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("GENIUS_DB_PORT must be a whole number, got 'x'");
        assertThatThrownBy(() -> connector.open(settings(
                        Map.of("DB_HOST", "db", "DB_NAME", "genius", "DB_USER", "reader", "DB_TIMEZONE", "Mars/Base"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("GENIUS_DB_TIMEZONE must be a time zone");
    }

    @Test
    void anSslModeTheDriverDoesNotKnowIsRefusedAtOpenListingTheValidOnes() {
        assertThatThrownBy(() -> connector.open(settings(Map.of(
                        "DB_HOST", "db", "DB_NAME", "genius", "DB_USER", "reader", "DB_SSL_MODE", "VERIFY_FULL"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage(
                        "GENIUS_DB_SSL_MODE must be one of DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY, got 'VERIFY_FULL'");
        assertThat(ConnectionSettings.from(settings(Map.of(
                                "DB_HOST", "db", "DB_NAME", "genius", "DB_USER", "reader", "DB_SSL_MODE", "verify_ca")))
                        .jdbcUrl())
                .contains("sslMode=VERIFY_CA");
    }

    @Test
    void thePasswordIsNeverShown() {
        ConnectionSettings connection = ConnectionSettings.from(
                settings(Map.of("DB_HOST", "db", "DB_NAME", "genius", "DB_USER", "reader", "DB_PASSWORD", "hunter2")));

        assertThat(connection.toString()).doesNotContain("hunter2").contains("reader@db:3306/genius");
        assertThat(connection.jdbcUrl()).doesNotContain("hunter2");
        assertThat(connection.sessionSetup()).contains("time_zone = '+00:00'");
    }

    @Test
    void theConnectorIsFoundOnTheClassPath() {
        assertThat(java.util.ServiceLoader.load(dev.ingest.core.spi.Connector.class).stream()
                        .map(p -> p.type().getName()))
                .contains(GeniusConnector.class.getName());
    }
}
