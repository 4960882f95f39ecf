package dev.ingest.arrivy;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.SettingType;
import dev.ingest.core.spi.Settings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Arrivy's settings, read once when the connector opens.
 *
 * @param windowPast   how far back of now an incremental run re-reads tasks by scheduled time
 * @param windowFuture how far ahead of now every run reads tasks by scheduled time
 * @param startDate    the earliest scheduled time a full sync reads
 * @param slice        the longest piece of scheduled time one listing asks for
 */
public record ArrivySettings(
        String authKey,
        String authToken,
        String baseUrl,
        Duration windowPast,
        Duration windowFuture,
        Instant startDate,
        Duration slice,
        int requestsPerMinute) {

    static final List<Setting> DECLARED = List.of(
            new Setting("AUTH_KEY", "the account's API key, sent as X-Auth-Key", true, true, null),
            new Setting("AUTH_TOKEN", "the account's API token, sent as X-Auth-Token", true, true, null),
            Setting.optional("BASE_URL", "the API's address", "https://app.arrivy.com/api")
                    .as(SettingType.url()),
            Setting.optional(
                            "WINDOW_PAST_DAYS",
                            "days before now whose scheduled tasks each incremental run reads again",
                            "30")
                    .as(SettingType.duration(ChronoUnit.DAYS, 0, 3650)),
            Setting.optional("WINDOW_FUTURE_DAYS", "days after now whose scheduled tasks every run reads", "90")
                    .as(SettingType.duration(ChronoUnit.DAYS, 0, 3650)),
            Setting.optional(
                    "START_DATE", "the earliest scheduled date (YYYY-MM-DD, UTC) a full sync reads", "2015-01-01"),
            Setting.optional(
                            "SLICE_DAYS",
                            "days of scheduled time one listing asks for; each costs a request even when empty",
                            "30")
                    .as(SettingType.duration(ChronoUnit.DAYS, 1, 3650)),
            Setting.optional(
                            "REQUESTS_PER_MINUTE",
                            "requests a minute at most (Arrivy documents no limit; 429 and 5xx are retried with backoff)",
                            "30")
                    .as(SettingType.wholeNumber(1, 6000)));

    static ArrivySettings from(Settings settings) {
        return new ArrivySettings(
                settings.require("AUTH_KEY"),
                settings.require("AUTH_TOKEN"),
                settings.require("BASE_URL").replaceAll("/+$", ""),
                settings.getDuration("WINDOW_PAST_DAYS"),
                settings.getDuration("WINDOW_FUTURE_DAYS"),
                startDate(settings),
                settings.getDuration("SLICE_DAYS"),
                settings.getInt("REQUESTS_PER_MINUTE"));
    }

    private static Instant startDate(Settings settings) {
        String text = settings.require("START_DATE");
        try {
            return LocalDate.parse(text.strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ConfigException(
                    settings.fullName("START_DATE") + " must be a date such as 2015-01-01, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return "ArrivySettings[baseUrl=" + baseUrl + ", windowPast=" + windowPast + ", windowFuture=" + windowFuture
                + ", startDate=" + startDate + ", slice=" + slice + ", requestsPerMinute=" + requestsPerMinute + "]";
    }
}
