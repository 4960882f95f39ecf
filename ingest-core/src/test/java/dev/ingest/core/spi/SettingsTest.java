package dev.ingest.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final List<Setting> DECLARED = List.of(
            Setting.required("BASE_URL", "the API's address").as(SettingType.url()),
            Setting.secret("ACCESS_TOKEN", "a private app token"),
            Setting.optional("PAGE_SIZE", "records per page", "100").as(SettingType.wholeNumber(1, 100)),
            Setting.optional("MODE", "how to read", "fast").as(SettingType.oneOf(List.of("fast", "careful"))));

    @Test
    void earlierSourcesWinAndOnlyTheConnectorsPrefixCounts() {
        Settings settings = new Settings(
                "hubspot",
                List.of(
                        Map.of("HUBSPOT_BASE_URL", "http://file"),
                        Map.of("HUBSPOT_BASE_URL", "http://env", "CALLRAIL_BASE_URL", "x")),
                DECLARED);

        assertThat(settings.get("BASE_URL")).contains("http://file");
        assertThat(settings.get("PAGE_SIZE")).contains("100");
        assertThat(settings.getInt("PAGE_SIZE")).isEqualTo(100);
    }

    @Test
    void everyConnectorHasTheRawSettingWhichTakesTheValueForAllConnectorsWhenItsOwnIsUnset() {
        List<Map<String, String>> both = List.of(Map.of("INGEST_RAW", "all", "CALLRAIL_RAW", "unmapped"));

        assertThat(RawPolicy.of(new Settings("hubspot", both, DECLARED))).isEqualTo(RawPolicy.ALL);
        assertThat(RawPolicy.of(new Settings("callrail", both, DECLARED))).isEqualTo(RawPolicy.UNMAPPED);
        assertThat(RawPolicy.of(new Settings("hubspot", List.of(Map.of()), DECLARED)))
                .isEqualTo(RawPolicy.UNMAPPED);
        assertThat(Settings.declared(DECLARED).stream().map(Setting::name)).endsWith("RAW");
    }

    @Test
    void aBadValueForAllConnectorsIsNamedAsGiven() {
        Settings settings = new Settings(
                "hubspot", List.of(Map.of("HUBSPOT_BASE_URL", "http://x", "INGEST_RAW", "some")), DECLARED);

        assertThatThrownBy(settings::requireDeclared)
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("INGEST_RAW must be one of");
    }

    @Test
    void aMissingRequiredSettingIsNamedWithItsFullName() {
        Settings settings = new Settings("hubspot", List.of(Map.of()), DECLARED);

        assertThatThrownBy(settings::requireDeclared)
                .isInstanceOf(ConfigException.class)
                .hasMessage("HUBSPOT_BASE_URL is not set (the API's address)");
    }

    @Test
    void aMalformedNumberIsNamedWithTheValueGiven() {
        Settings settings = Settings.fromShortNames("hubspot", DECLARED, Map.of("PAGE_SIZE", "lots"));

        assertThatThrownBy(() -> settings.getInt("PAGE_SIZE"))
                .hasMessage("HUBSPOT_PAGE_SIZE must be a whole number, got 'lots'");
    }

    @Test
    void secretValuesNeverAppearInTextOrErrors() {
        Settings settings = Settings.fromShortNames(
                "hubspot", DECLARED, Map.of("ACCESS_TOKEN", "pat-na1-supersecret", "BASE_URL", "http://x"));

        assertThat(settings.toString())
                .contains("HUBSPOT_ACCESS_TOKEN=****")
                .contains("HUBSPOT_BASE_URL=http://x")
                .doesNotContain("supersecret");
        assertThatThrownBy(() -> settings.getInt("ACCESS_TOKEN")).message().doesNotContain("supersecret");
        assertThat(settings.require("ACCESS_TOKEN")).isEqualTo("pat-na1-supersecret");
    }

    @Test
    void everyMissingOrMalformedSettingIsNamedAtOnceEachInALine() {
        Settings settings = Settings.fromShortNames(
                "hubspot",
                DECLARED,
                Map.of("PAGE_SIZE", "500", "MODE", "Careless", "ACCESS_TOKEN", "pat-na1-supersecret"));

        assertThatThrownBy(settings::requireDeclared)
                .isInstanceOfSatisfying(
                        InvalidSettingsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "HUBSPOT_BASE_URL is not set (the API's address)",
                                        "HUBSPOT_PAGE_SIZE must be between 1 and 100, got '500'",
                                        "HUBSPOT_MODE must be one of fast, careful, got 'Careless'"))
                .hasMessageStartingWith("3 settings are not valid: HUBSPOT_BASE_URL is not set");
    }

    @Test
    void aUrlSettingTakesOnlyAnHttpUrlWithAHostAndAChoiceAnyCase() {
        Settings settings =
                Settings.fromShortNames("hubspot", DECLARED, Map.of("BASE_URL", "api.hubapi.com", "MODE", "CAREFUL"));

        assertThatThrownBy(settings::requireDeclared)
                .hasMessage("HUBSPOT_BASE_URL must be an http or https URL with a host, got 'api.hubapi.com'");
    }

    @Test
    void aDurationIsAWholeNumberOfItsUnitNamedAsSuchInItsTypeAndItsErrors() {
        List<Setting> declared = List.of(Setting.optional("LOOKBACK_DAYS", "days read again", "7")
                .as(SettingType.duration(ChronoUnit.DAYS, 0, 365)));

        assertThat(Settings.fromShortNames("callrail", declared, Map.of()).getDuration("LOOKBACK_DAYS"))
                .isEqualTo(Duration.ofDays(7));
        assertThat(declared.get(0).type().label()).isEqualTo("days, 0 to 365");
        assertThatThrownBy(() -> Settings.fromShortNames("callrail", declared, Map.of("LOOKBACK_DAYS", "400"))
                        .getDuration("LOOKBACK_DAYS"))
                .hasMessage("CALLRAIL_LOOKBACK_DAYS must be days, between 0 and 365, got '400'");
        assertThatThrownBy(() -> Settings.fromShortNames("callrail", declared, Map.of("LOOKBACK_DAYS", "1w"))
                        .requireDeclared())
                .hasMessageContaining("CALLRAIL_LOOKBACK_DAYS must be days, a whole number");
    }
}
