package dev.ingest.http;

import dev.ingest.http.client.JsonApi;
import dev.ingest.http.client.RequestLimits;
import dev.ingest.http.client.RollingWindowLimiter;
import java.time.Duration;

/** Clients of a local stub: limits that never hold a test up, one attempt, short timeouts. */
public final class StubApis {

    private StubApis() {}

    public static JsonApi.Builder builder(String baseUrl) {
        return JsonApi.builder(baseUrl)
                .rateLimits(new RequestLimits(new RollingWindowLimiter(1_000, Duration.ofSeconds(1))))
                .retries(new JsonApi.Retries(1, Duration.ofMillis(1), Duration.ofMillis(1), millis -> {}))
                .timeouts(new JsonApi.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }
}
