package dev.ingest.callrail;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.SettingType;
import dev.ingest.core.spi.Settings;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The settings of the CallRail connector, read and checked.
 *
 * @param accountId    the one account to sync, or empty for every account the key sees
 * @param lookbackDays how far before the stored cursor an incremental run starts: calls change after they end
 * @param startDate    the earliest day a full sync reads, or empty for the oldest the API keeps
 */
public record CallRailSettings(
        String apiKey,
        Optional<String> accountId,
        String baseUrl,
        int requestsPerHour,
        int requestsPerDay,
        int lookbackDays,
        Optional<LocalDate> startDate) {

    public static final List<Setting> DECLARED = List.of(
            new Setting(
                    "API_KEY",
                    "the API key of a CallRail user, sent as Authorization: Token token=\"...\"",
                    true,
                    true,
                    null),
            Setting.optional(
                    "ACCOUNT_ID",
                    "the one account to sync (ACC... or numeric); unset: every account the key sees (GET /v3/a.json)",
                    null),
            Setting.optional("BASE_URL", "the API's address", "https://api.callrail.com")
                    .as(SettingType.url()),
            Setting.optional("REQUESTS_PER_HOUR", "the account's hourly request budget, shared by all streams", "1000")
                    .as(SettingType.wholeNumber(1, 1_000_000)),
            Setting.optional(
                            "REQUESTS_PER_DAY",
                            "the account's daily request budget; spent, the run stops partial",
                            "10000")
                    .as(SettingType.wholeNumber(1, 10_000_000)),
            Setting.optional(
                            "LOOKBACK_DAYS",
                            "days before the stored cursor an incremental run reads again: calls change after they end",
                            "7")
                    .as(SettingType.duration(ChronoUnit.DAYS, 0, 365)),
            Setting.optional(
                    "START_DATE",
                    "YYYY-MM-DD, the earliest day a full sync reads; unset or earlier: 25 months ago, the oldest the API keeps",
                    null));

    @Override
    public String toString() {
        return "CallRailSettings[accountId=" + accountId + ", baseUrl=" + baseUrl + ", requestsPerHour="
                + requestsPerHour + ", requestsPerDay=" + requestsPerDay + ", lookbackDays=" + lookbackDays
                + ", startDate=" + startDate + "]";
    }

    /** @throws ConfigException naming {@code START_DATE} in one line when it is not a date */
    public static CallRailSettings from(Settings settings) {
        Optional<LocalDate> startDate = settings.get("START_DATE")
                .map(String::strip)
                .map(text -> {
                    try {
                        return LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        throw new ConfigException(
                                settings.fullName("START_DATE") + " must be a date as YYYY-MM-DD, not '" + text + "'");
                    }
                });
        return new CallRailSettings(
                settings.require("API_KEY"),
                settings.get("ACCOUNT_ID").map(String::strip).filter(id -> !id.isEmpty()),
                settings.require("BASE_URL").strip(),
                settings.getInt("REQUESTS_PER_HOUR"),
                settings.getInt("REQUESTS_PER_DAY"),
                Math.toIntExact(settings.getDuration("LOOKBACK_DAYS").toDays()),
                startDate);
    }
}
