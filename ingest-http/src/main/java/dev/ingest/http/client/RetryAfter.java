package dev.ingest.http.client;

import feign.Response;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/** How long a source asks a client to wait before retrying a refused request. */
@FunctionalInterface
public interface RetryAfter {

    Optional<Duration> of(Response response);

    /** The standard {@code Retry-After} header, in seconds. */
    RetryAfter HEADER = response -> header(response, "Retry-After").flatMap(RetryAfter::seconds);

    default RetryAfter orElse(RetryAfter other) {
        return response -> of(response).or(() -> other.of(response));
    }

    static Optional<String> header(Response response, String name) {
        for (var entry : response.headers().entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                Collection<String> values = entry.getValue();
                return values.stream().findFirst();
            }
        }
        return Optional.empty();
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(value.trim()) * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
