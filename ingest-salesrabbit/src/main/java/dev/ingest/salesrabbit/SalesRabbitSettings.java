package dev.ingest.salesrabbit;

import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.SettingType;
import dev.ingest.core.spi.Settings;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the connector reads from {@code SALESRABBIT_*}.
 *
 * @param apiToken          the API token an admin creates under Integrations, API; sent as a bearer token
 * @param baseUrl           the API root, without a trailing slash
 * @param pageSize          records asked for a page ({@code perPage})
 * @param lookback          how far before the stored cursor an incremental window starts
 * @param requestsPerMinute the pace requests keep; SalesRabbit publishes no limit
 * @param maxAttempts       tries per request on 5xx, timeouts and 429 answers
 */
public record SalesRabbitSettings(
        String apiToken, String baseUrl, int pageSize, Duration lookback, int requestsPerMinute, int maxAttempts) {

    public static final String DEFAULT_BASE_URL = "https://api.salesrabbit.com";
    public static final int DEFAULT_PAGE_SIZE = 1000;
    public static final Duration DEFAULT_LOOKBACK = Duration.ofMinutes(5);

    public static final List<Setting> DECLARED = List.of(
            new Setting(
                    "API_TOKEN",
                    "the API token an admin creates under Integrations > API, sent in the Authorization header",
                    true,
                    true,
                    null),
            Setting.optional("BASE_URL", "the API root, for tests", DEFAULT_BASE_URL)
                    .as(SettingType.url()),
            Setting.optional(
                            "PAGE_SIZE",
                            "records asked for a page (perPage); 2000 is the most seen to work",
                            Integer.toString(DEFAULT_PAGE_SIZE))
                    .as(SettingType.wholeNumber(1, 2000)),
            Setting.optional(
                            "LOOKBACK_SECONDS",
                            "how far before the stored cursor an incremental sync starts, for records the API shows late",
                            Long.toString(DEFAULT_LOOKBACK.toSeconds()))
                    .as(SettingType.duration(ChronoUnit.SECONDS, 0, 86_400)),
            Setting.optional(
                            "REQUESTS_PER_MINUTE", "the most requests a minute (SalesRabbit publishes no limit)", "120")
                    .as(SettingType.wholeNumber(1, 60_000)),
            Setting.optional("MAX_ATTEMPTS", "tries per request on 5xx, timeouts and 429 answers", "6")
                    .as(SettingType.wholeNumber(1, 20)));

    public static SalesRabbitSettings from(Settings settings) {
        return new SalesRabbitSettings(
                settings.require("API_TOKEN"),
                settings.require("BASE_URL").replaceAll("/+$", ""),
                settings.getInt("PAGE_SIZE"),
                settings.getDuration("LOOKBACK_SECONDS"),
                settings.getInt("REQUESTS_PER_MINUTE"),
                settings.getInt("MAX_ATTEMPTS"));
    }

    @Override
    public String toString() {
        return "SalesRabbitSettings[apiToken=****, baseUrl=" + baseUrl + ", pageSize=" + pageSize + ", lookback="
                + lookback + ", requestsPerMinute=" + requestsPerMinute + ", maxAttempts=" + maxAttempts + "]";
    }
}
