package dev.ingest.salesrabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.InvalidSettingsException;
import dev.ingest.core.spi.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesRabbitSettingsTest {

    private final SalesRabbitConnector connector = new SalesRabbitConnector();

    private Settings settings(Map<String, String> values) {
        return Settings.fromShortNames(connector.name(), connector.settings(), values);
    }

    @Test
    void theDefaultsAreThoseTheReadmeNames() {
        SalesRabbitSettings read = SalesRabbitSettings.from(settings(Map.of("API_TOKEN", "t0ken-value")));

        assertThat(read.baseUrl()).isEqualTo("https://api.salesrabbit.com");
        assertThat(read.pageSize()).isEqualTo(1000);
        assertThat(read.lookback()).isEqualTo(Duration.ofMinutes(5));
        assertThat(read.requestsPerMinute()).isEqualTo(120);
    }

    @Test
    void theTokenShowsNowhere() {
        Settings values = settings(Map.of("API_TOKEN", "t0ken-value", "BASE_URL", "https://sr.example.com/"));

        assertThat(SalesRabbitSettings.from(values).toString())
                .doesNotContain("t0ken-value")
                .contains("baseUrl=https://sr.example.com,");
        assertThat(connector.open(values).toString()).isEqualTo("SalesRabbitClient[https://sr.example.com]");
    }

    @Test
    void aPageSizeAbove2000IsRefusedWithTheOtherProblems() {
        Settings values = settings(Map.of("PAGE_SIZE", "5000"));

        assertThatThrownBy(values::requireDeclared)
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("SALESRABBIT_API_TOKEN is not set")
                .hasMessageContaining("SALESRABBIT_PAGE_SIZE must be");
    }
}
