package dev.ingest.hubspot.api;

import dev.ingest.http.client.RequestLimits;
import dev.ingest.http.client.RetryAfter;
import dev.ingest.http.client.RollingWindowLimiter;
import feign.Request;
import feign.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * HubSpot's limits: a rolling ten-second limit on every request of the app, and a per-second limit on the
 * search endpoints. The {@code X-HubSpot-RateLimit-*} headers show how much of the window is left.
 */
public final class HubSpotRateLimits implements Consumer<Response> {

    static final String REMAINING = "X-HubSpot-RateLimit-Remaining";
    static final String INTERVAL = "X-HubSpot-RateLimit-Interval-Milliseconds";
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private final RequestLimits limits;

    public HubSpotRateLimits(int requestsPer10s, int searchesPerSecond) {
        this.limits = new RequestLimits(
                new RollingWindowLimiter(requestsPer10s, TEN_SECONDS),
                List.of(new RequestLimits.Narrower(
                        HubSpotRateLimits::isSearch,
                        new RollingWindowLimiter(searchesPerSecond, Duration.ofSeconds(1)))));
    }

    public RequestLimits limits() {
        return limits;
    }

    /** After a 429: Retry-After when given, else the interval the rate-limit headers name. */
    public static RetryAfter retryAfter() {
        return RetryAfter.HEADER.orElse(
                response -> RetryAfter.header(response, INTERVAL).flatMap(HubSpotRateLimits::millis));
    }

    /** The wait after a 429 that names none: a whole window. */
    public static Duration defaultThrottle() {
        return TEN_SECONDS;
    }

    /** When HubSpot says the window is used up, other clients of the app have used our share. */
    @Override
    public void accept(Response response) {
        if (response.status() < 400
                && RetryAfter.header(response, REMAINING)
                        .map(String::trim)
                        .filter("0"::equals)
                        .isPresent()) {
            limits.all().windowSpent();
        }
    }

    private static boolean isSearch(Request request) {
        return request.httpMethod() == Request.HttpMethod.POST
                && request.url().split("\\?")[0].endsWith("/search");
    }

    private static Optional<Duration> millis(String value) {
        try {
            return Optional.of(Duration.ofMillis(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
