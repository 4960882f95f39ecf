package dev.ingest.http.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.http.auth.Auth;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Decodes error answers: 429 and 5xx become retryable (429 after the wait the source asks for), a 401
 * becomes one retry when the credentials can be renewed, and everything else fails fast with an
 * {@link ApiException} carrying the source's own error text; a redirect, which is never followed
 * ({@link Redirects}), names where it pointed.
 */
public final class ErrorBodyDecoder implements ErrorDecoder {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The most of an error body read: error bodies are short, an HTML error page is not; {@link Redactor} bounds the message. */
    private static final int MAX_TEXT = 4_000;

    private final ErrorFormat format;
    private final RetryAfter retryAfter;
    private final Duration defaultThrottle;
    private final Auth auth;
    private final Redactor redactor;
    private final Consumer<Instant> throttled;
    private final Clock clock;

    /**
     * @param redactor  keeps credentials out of messages and bounds them
     * @param throttled told when the source refused for rate, so that every request waits, not only this one
     */
    public ErrorBodyDecoder(
            ErrorFormat format,
            RetryAfter retryAfter,
            Duration defaultThrottle,
            Auth auth,
            Redactor redactor,
            Consumer<Instant> throttled,
            Clock clock) {
        this.format = format;
        this.retryAfter = retryAfter;
        this.defaultThrottle = defaultThrottle;
        this.auth = auth;
        this.redactor = redactor;
        this.throttled = throttled;
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        String text = bodyText(response);
        JsonNode body = parse(text);
        String description = Redirects.describe(response).orElseGet(() -> format.describe(status, body, text));
        String message =
                redactor.shown(call(response.request()) + ": " + description, auth.secretsOf(response.request()));
        boolean retryable = status == 429 || status == 408 || status >= 500;
        ApiException error =
                new ApiException(status, body == null ? JSON.createObjectNode() : body, message, retryable);
        if (status == 401 && auth.renewAfterRejection(response.request())) {
            return new Reauthenticate(response, error);
        }
        if (!retryable) {
            return error;
        }
        Long after = null;
        if (status == 429) {
            Instant until = clock.instant().plus(retryAfter.of(response).orElse(defaultThrottle));
            throttled.accept(until);
            after = until.toEpochMilli();
        }
        return new RetryableException(
                status, message, response.request().httpMethod(), error, after, response.request());
    }

    /** A 401 whose credentials have been renewed: worth exactly one more try. */
    static final class Reauthenticate extends RetryableException {
        Reauthenticate(Response response, ApiException cause) {
            super(401, cause.getMessage(), response.request().httpMethod(), cause, (Long) null, response.request());
        }
    }

    /** The call a message is about: its method and URL without the query. */
    static String call(Request request) {
        return request.httpMethod() + " " + path(request.url());
    }

    /** The URL without its query: paths name the call, queries may be long and are not needed to read an error. */
    private static String path(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String bodyText(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] bytes = in.readNBytes(MAX_TEXT);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static JsonNode parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
