package dev.ingest.hubspot;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.SettingType;
import dev.ingest.core.spi.Settings;
import dev.ingest.http.client.BackoffRetryer;
import dev.ingest.http.client.JsonApi;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the connector reads from {@code HUBSPOT_*}: either a private app's token, or an OAuth app's client id,
 * secret and refresh token.
 *
 * @param accessToken       a private app's token, or {@code null} for OAuth
 * @param oauth             the OAuth refresh-flow credentials, or {@code null} with a private app token
 * @param baseUrl           the API root
 * @param requestsPer10s    the app's rolling ten-second limit
 * @param searchesPerSecond the search endpoints' per-second limit
 * @param retries           attempts and backoff for 5xx, timeouts and 429s
 * @param timeouts          connect and read timeouts
 */
public record HubSpotSettings(
        String accessToken,
        OAuth oauth,
        String baseUrl,
        int requestsPer10s,
        int searchesPerSecond,
        JsonApi.Retries retries,
        JsonApi.Timeouts timeouts) {

    public record OAuth(String clientId, String clientSecret, String refreshToken) {
        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + ", clientSecret=****, refreshToken=****]";
        }
    }

    public static final String DEFAULT_BASE_URL = "https://api.hubapi.com";

    public static final List<Setting> DECLARED = List.of(
            Setting.secret("ACCESS_TOKEN", "a private app's access token (or use the OAuth settings)"),
            Setting.optional("CLIENT_ID", "an OAuth app's client id, with CLIENT_SECRET and REFRESH_TOKEN", null),
            Setting.secret("CLIENT_SECRET", "an OAuth app's client secret"),
            Setting.secret("REFRESH_TOKEN", "an OAuth refresh token of the portal to sync"),
            Setting.optional("BASE_URL", "the API root, for sandboxes and tests", DEFAULT_BASE_URL)
                    .as(SettingType.url()),
            Setting.optional("REQUESTS_PER_10S", "the app's rolling ten-second request limit", "100")
                    .as(SettingType.wholeNumber(1, 10_000)),
            Setting.optional("SEARCH_REQUESTS_PER_SECOND", "the search endpoints' per-second limit", "4")
                    .as(SettingType.wholeNumber(1, 100)),
            Setting.optional("MAX_ATTEMPTS", "tries per request on 5xx, timeouts and 429 answers", "6")
                    .as(SettingType.wholeNumber(1, 20)),
            Setting.optional("TIMEOUT_SECONDS", "read timeout of one request", "60")
                    .as(SettingType.duration(ChronoUnit.SECONDS, 1, 3600)));

    public static HubSpotSettings from(Settings settings) {
        String token = settings.get("ACCESS_TOKEN").orElse(null);
        OAuth oauth = null;
        if (token == null) {
            if (settings.get("CLIENT_ID").isEmpty()
                    && settings.get("CLIENT_SECRET").isEmpty()
                    && settings.get("REFRESH_TOKEN").isEmpty()) {
                throw new ConfigException(
                        settings.fullName("ACCESS_TOKEN") + " is not set (a private app's token; or set "
                                + settings.fullName("CLIENT_ID") + ", " + settings.fullName("CLIENT_SECRET") + " and "
                                + settings.fullName("REFRESH_TOKEN") + " for OAuth)");
            }
            oauth = new OAuth(
                    settings.require("CLIENT_ID"),
                    settings.require("CLIENT_SECRET"),
                    settings.require("REFRESH_TOKEN"));
        }
        String baseUrl = settings.require("BASE_URL").replaceAll("/+$", "");
        try {
            URI uri = URI.create(baseUrl);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(settings.fullName("BASE_URL") + " must be an http(s) URL, got '" + baseUrl + "'");
        }
        return new HubSpotSettings(
                token,
                oauth,
                baseUrl,
                settings.getInt("REQUESTS_PER_10S"),
                settings.getInt("SEARCH_REQUESTS_PER_SECOND"),
                new JsonApi.Retries(
                        settings.getInt("MAX_ATTEMPTS"), Duration.ofMillis(500), Duration.ofSeconds(30), Thread::sleep),
                new JsonApi.Timeouts(Duration.ofSeconds(10), settings.getDuration("TIMEOUT_SECONDS")));
    }

    /** The values never to show: the private app's token, or the OAuth client secret and refresh token. */
    public List<String> secrets() {
        return Stream.of(
                        accessToken,
                        oauth == null ? null : oauth.clientSecret(),
                        oauth == null ? null : oauth.refreshToken())
                .filter(Objects::nonNull)
                .toList();
    }

    /** The same settings with other retries, for tests that must not wait out real backoffs. */
    public HubSpotSettings withRetries(int maxAttempts, Duration base, BackoffRetryer.Sleeper sleeper) {
        return new HubSpotSettings(
                accessToken,
                oauth,
                baseUrl,
                requestsPer10s,
                searchesPerSecond,
                new JsonApi.Retries(maxAttempts, base, retries.cap(), sleeper),
                timeouts);
    }

    @Override
    public String toString() {
        return "HubSpotSettings[accessToken=" + (accessToken == null ? "unset" : "****") + ", oauth=" + oauth
                + ", baseUrl=" + baseUrl + ", requestsPer10s=" + requestsPer10s + ", searchesPerSecond="
                + searchesPerSecond + "]";
    }
}
