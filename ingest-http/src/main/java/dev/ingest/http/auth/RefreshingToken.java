package dev.ingest.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.SourceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth2 access token from the refresh-token grant: fetched on first use, fetched again a margin
 * before it expires, and at once when the source rejects the current one.
 */
public final class RefreshingToken implements AccessToken {

    /** Calls the token endpoint: {@code grant_type=refresh_token} with the client's id, secret and refresh token. */
    @FunctionalInterface
    public interface TokenEndpoint {
        /** The endpoint's JSON answer, with {@code access_token} and {@code expires_in} (seconds). */
        JsonNode refresh();
    }

    private final TokenEndpoint endpoint;
    private final Duration margin;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    public RefreshingToken(TokenEndpoint endpoint, Duration margin, Clock clock) {
        this.endpoint = endpoint;
        this.margin = margin;
        this.clock = clock;
    }

    @Override
    public synchronized String current() {
        if (token == null || !clock.instant().plus(margin).isBefore(expiresAt)) {
            JsonNode answer = endpoint.refresh();
            String fresh = answer.path("access_token").asText(null);
            if (fresh == null || fresh.isEmpty()) {
                throw new SourceException("the token endpoint answered without an access_token");
            }
            token = fresh;
            expiresAt = clock.instant().plusSeconds(answer.path("expires_in").asLong(0));
        }
        return token;
    }

    @Override
    public synchronized boolean renewAfterRejection(String rejected) {
        if (Objects.equals(rejected, token)) {
            // Another request may already have renewed it; only the token that was refused is dropped.
            token = null;
        }
        return true;
    }

    @Override
    public String toString() {
        return "RefreshingToken[****]";
    }
}
