package dev.ingest.http.client;

import feign.Request;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rate limits a source sets: one every request counts against, and narrower ones for kinds of request
 * (a search endpoint's per-second limit).
 */
public record RequestLimits(RollingWindowLimiter all, List<Narrower> narrower) {

    /** A limit on the requests {@code appliesTo} accepts, on top of the general one. */
    public record Narrower(Predicate<Request> appliesTo, RollingWindowLimiter limiter) {}

    public RequestLimits {
        narrower = List.copyOf(narrower);
    }

    /** One limit that every request counts against. */
    public RequestLimits(RollingWindowLimiter all) {
        this(all, List.of());
    }

    public List<RollingWindowLimiter> forRequest(Request request) {
        List<RollingWindowLimiter> limiters = new ArrayList<>(1 + narrower.size());
        limiters.add(all);
        for (Narrower n : narrower) {
            if (n.appliesTo().test(request)) {
                limiters.add(n.limiter());
            }
        }
        return limiters;
    }

    /** Sends nothing before {@code until}: the source refused for rate. */
    public void holdAll(Instant until) {
        all.holdUntil(until);
        narrower.forEach(n -> n.limiter().holdUntil(until));
    }
}
