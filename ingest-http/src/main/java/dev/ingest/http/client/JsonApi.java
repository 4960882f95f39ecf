package dev.ingest.http.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.http.auth.AccessToken;
import dev.ingest.http.auth.BearerAuth;
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
import java.util.function.Consumer;

/**
 * Builds a Feign client for a JSON API with everything an API connector needs: bearer auth, rate limits,
 * retries with backoff, and error bodies decoded into {@link ApiException}s in the source's own words.
 *
 * @param baseUrl        the API's root, such as {@code https://api.example.com}
 * @param token          the bearer token
 * @param redactor       knows the credentials never to show in an error message
 * @param limits         the source's rate limits
 * @param observer       sees every answer's headers, to follow the source's rate-limit headers
 * @param errorFormat    turns the source's error body into a message
 * @param retryAfter     how long a 429 asks to wait
 * @param defaultThrottle the wait after a 429 that does not say
 * @param timeouts       connect and read timeouts
 * @param retries        attempts and backoff
 */
public record JsonApi(String baseUrl, AccessToken token, Redactor redactor, RequestLimits limits,
                      Consumer<Response> observer, ErrorFormat errorFormat, RetryAfter retryAfter, Duration defaultThrottle,
                      Timeouts timeouts, Retries retries) {

    public record Timeouts(Duration connect, Duration read) {
    }

    public record Retries(int maxAttempts, Duration base, Duration cap, BackoffRetryer.Sleeper sleeper) {
    }

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A client of {@code api}, a Feign interface whose methods take and return Jackson types. */
    public <T> T target(Class<T> api) {
        return builder(new JacksonEncoder(MAPPER))
                .requestInterceptor(new BearerAuth(token))
                .target(api, baseUrl);
    }

    /** A client of {@code api} without bearer auth and with plain (string) bodies: for token endpoints. */
    public <T> T targetUnauthenticated(Class<T> api) {
        return builder(new Encoder.Default()).target(api, baseUrl);
    }

    private Feign.Builder builder(Encoder encoder) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                // Requests carry credentials, which a redirect could hand to another host: see Redirects.
                .followRedirects(HttpClient.Redirect.NEVER)
                // Plain http is only a local stub's; asking it to upgrade to h2c gains nothing.
                .version("http".equals(URI.create(baseUrl).getScheme()) ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .build();
        return Feign.builder()
                .client(new RateLimitedClient(new Http2Client(http), limits, observer))
                .encoder(encoder)
                .decoder(new JacksonDecoder(MAPPER))
                .responseInterceptor(new UnreadableAnswers(redactor))
                .errorDecoder(new ErrorBodyDecoder(errorFormat, retryAfter, defaultThrottle, token, redactor, limits::holdAll, Clock.systemUTC()))
                .retryer(new BackoffRetryer(retries.maxAttempts(), retries.base(), retries.cap(), retries.sleeper()))
                // Feign's option wins: were it true, Http2Client would build another HttpClient that follows redirects.
                .options(new Request.Options(timeouts.connect(), timeouts.read(), false));
    }
}
