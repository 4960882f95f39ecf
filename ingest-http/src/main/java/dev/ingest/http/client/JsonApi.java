package dev.ingest.http.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.http.auth.Auth;
import feign.Feign;
import feign.Request;
import feign.Response;
import feign.codec.Encoder;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds Feign clients for a JSON API with everything an API connector needs: auth, rate limits, retries with
 * backoff, and error bodies decoded into {@link ApiException}s in the source's own words. Made by {@link #builder}.
 */
public final class JsonApi {

    /** Connect and read timeouts of one request. */
    public record Timeouts(Duration connect, Duration read) {}

    /** Attempts per request and the backoff between them; {@code sleeper} waits, and tests replace it. */
    public record Retries(int maxAttempts, Duration base, Duration cap, BackoffRetryer.Sleeper sleeper) {}

    public static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String baseUrl;
    private final Auth auth;
    private final Redactor redactor;
    private final RequestLimits limits;
    private final Consumer<Response> observer;
    private final ErrorFormat errorFormat;
    private final RetryAfter retryAfter;
    private final Duration defaultThrottle;
    private final Retries retries;
    private final Timeouts timeouts;

    private JsonApi(Builder parts) {
        this.baseUrl = parts.baseUrl;
        this.auth = parts.auth;
        this.redactor = new Redactor(parts.secrets);
        this.limits = required(parts.limits, "rateLimits");
        this.observer = parts.observer;
        this.errorFormat = parts.errorFormat;
        this.retryAfter = parts.retryAfter;
        this.defaultThrottle = parts.defaultThrottle;
        this.retries = required(parts.retries, "retries");
        this.timeouts = required(parts.timeouts, "timeouts");
    }

    /** A part without a default: the source's own, which no guess may stand for. */
    private static <T> T required(T part, String name) {
        if (part == null) {
            throw new IllegalStateException("a JsonApi needs " + name + ": the source's own, with no default");
        }
        return part;
    }

    /** The API's address, as the builder was given it. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The parts of a client of the API at {@code baseUrl}, such as {@code https://api.example.com}. */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** A client of {@code api}, a Feign interface whose methods take and return Jackson types. */
    public <T> T target(Class<T> api) {
        return feign(new JacksonEncoder(MAPPER), auth).target(api, baseUrl);
    }

    /** A client of {@code api} without auth and with plain (string) bodies: for token endpoints. */
    public <T> T targetUnauthenticated(Class<T> api) {
        return feign(new Encoder.Default(), Auth.NONE).target(api, baseUrl);
    }

    private Feign.Builder feign(Encoder encoder, Auth requestAuth) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                // Requests carry credentials, which a redirect could hand to another host: see Redirects.
                .followRedirects(HttpClient.Redirect.NEVER)
                // Plain http is only a local stub's; asking it to upgrade to h2c gains nothing.
                .version(
                        "http".equals(URI.create(baseUrl).getScheme())
                                ? HttpClient.Version.HTTP_1_1
                                : HttpClient.Version.HTTP_2)
                .build();
        return Feign.builder()
                .client(new RateLimitedClient(new Http2Client(http), limits, observer))
                .encoder(encoder)
                .decoder(new AnswerDecoder(new JacksonDecoder(MAPPER)))
                .requestInterceptor(requestAuth)
                .responseInterceptor(new UnreadableAnswers(redactor, requestAuth))
                .errorDecoder(new ErrorBodyDecoder(
                        errorFormat,
                        retryAfter,
                        defaultThrottle,
                        requestAuth,
                        redactor,
                        limits::holdAll,
                        Clock.systemUTC()))
                .retryer(new BackoffRetryer(retries.maxAttempts(), retries.base(), retries.cap(), retries.sleeper()))
                // Feign's option wins: were it true, Http2Client would build another HttpClient that follows redirects.
                .options(new Request.Options(timeouts.connect(), timeouts.read(), false));
    }

    /** The parts of a {@link JsonApi}; rate limits, retries and timeouts have no default, being the source's own. */
    public static final class Builder {

        private final String baseUrl;
        private Auth auth = Auth.NONE;
        private final List<String> secrets = new ArrayList<>();
        private RequestLimits limits;
        private Consumer<Response> observer = response -> {};
        private ErrorFormat errorFormat = ErrorFormat.PLAIN;
        private RetryAfter retryAfter = RetryAfter.HEADER;
        private Duration defaultThrottle = Duration.ofMinutes(1);
        private Retries retries;
        private Timeouts timeouts;

        private Builder(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        }

        /** How requests authenticate; none by default. */
        public Builder auth(Auth auth) {
            this.auth = Objects.requireNonNull(auth, "auth");
            return this;
        }

        /** Values never to show in an error message beyond those a request carries, such as an OAuth client secret. */
        public Builder redacting(Collection<String> secrets) {
            this.secrets.addAll(secrets);
            return this;
        }

        /** The source's rate limits; every request waits for a permit of each that applies to it. */
        public Builder rateLimits(RequestLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Sees every answer, to follow the source's own rate-limit headers. */
        public Builder observing(Consumer<Response> observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /** Turns the source's error body into a message; {@link ErrorFormat#PLAIN} by default. */
        public Builder errorFormat(ErrorFormat errorFormat) {
            this.errorFormat = Objects.requireNonNull(errorFormat, "errorFormat");
            return this;
        }

        /**
         * How long a 429 asks to wait, and the wait when it does not say. By default the {@code Retry-After} header,
         * else a minute: longer than the per-second and per-minute windows APIs commonly set.
         */
        public Builder throttle(RetryAfter retryAfter, Duration otherwise) {
            this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
            this.defaultThrottle = Objects.requireNonNull(otherwise, "otherwise");
            return this;
        }

        /** Attempts and backoff for 5xx, timeouts and 429s. */
        public Builder retries(Retries retries) {
            this.retries = Objects.requireNonNull(retries, "retries");
            return this;
        }

        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
            return this;
        }

        /** The client as set so far; the builder may go on to build another, such as an authenticated one after a token client. */
        public JsonApi build() {
            return new JsonApi(this);
        }
    }
}
