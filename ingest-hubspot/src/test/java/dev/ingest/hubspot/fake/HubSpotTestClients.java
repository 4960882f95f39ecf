package dev.ingest.hubspot.fake;

import dev.ingest.core.spi.Settings;
import dev.ingest.hubspot.HubSpotConnector;
import dev.ingest.hubspot.HubSpotSettings;
import dev.ingest.hubspot.api.HubSpotClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Clients of a {@link FakeHubSpot}, with backoffs recorded instead of slept so that tests stay fast. */
public final class HubSpotTestClients {

    /** The backoff waits the last client asked for, in milliseconds. */
    public static final List<Long> SLEPT = new CopyOnWriteArrayList<>();

    private HubSpotTestClients() {}

    public static Settings settings(FakeHubSpot fake, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put("BASE_URL", fake.baseUrl());
        values.put("SEARCH_REQUESTS_PER_SECOND", "100");
        values.putAll(extra);
        if (!values.containsKey("CLIENT_ID")) {
            values.putIfAbsent("ACCESS_TOKEN", FakeHubSpot.TOKEN);
        }
        return Settings.fromShortNames(HubSpotConnector.NAME, HubSpotSettings.DECLARED, values);
    }

    /** A private-app client that retries 6 times without sleeping. */
    public static HubSpotClient open(FakeHubSpot fake) {
        return open(fake, Map.of());
    }

    public static HubSpotClient open(FakeHubSpot fake, Map<String, String> extra) {
        SLEPT.clear();
        HubSpotSettings settings =
                HubSpotSettings.from(settings(fake, extra)).withRetries(6, Duration.ofMillis(100), SLEPT::add);
        return HubSpotClient.open(settings);
    }

    public static Map<String, String> oauth() {
        return Map.of(
                "CLIENT_ID",
                FakeHubSpot.CLIENT_ID,
                "CLIENT_SECRET",
                FakeHubSpot.CLIENT_SECRET,
                "REFRESH_TOKEN",
                FakeHubSpot.REFRESH_TOKEN);
    }
}
