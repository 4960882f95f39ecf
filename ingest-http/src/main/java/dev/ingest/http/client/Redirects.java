package dev.ingest.http.client;

import feign.Response;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Redirects are never followed. Every request carries credentials (a bearer token or API key in a header; a token
 * request's client secret and refresh token in its body), and a redirect may point at another host, which must never
 * see them.
 * APIs answer at their documented URLs, so a redirect is reported as the error it is, naming where it pointed.
 */
final class Redirects {

    private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);

    private Redirects() {}

    /** The message for a redirect answer, or empty when the answer is no redirect. */
    static Optional<String> describe(Response response) {
        if (!STATUSES.contains(response.status())) {
            return Optional.empty();
        }
        URI from = URI.create(response.request().url());
        String target = RetryAfter.header(response, "Location")
                .map(location -> " to " + target(from, location))
                .orElse("");
        return Optional.of("HTTP " + response.status() + " redirect" + target
                + ", not followed: credentials go only to " + origin(from));
    }

    /** Where a redirect points, without its query or user info: either may carry anything. */
    private static String target(URI from, String location) {
        try {
            URI to = from.resolve(location.trim());
            return to.getHost() == null ? "an unusable location" : origin(to) + to.getRawPath();
        } catch (IllegalArgumentException e) {
            return "an unusable location";
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
