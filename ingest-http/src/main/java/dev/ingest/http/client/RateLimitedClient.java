package dev.ingest.http.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * Sends each request only when every limiter that applies to it has a permit, and shows each answer's
 * headers to an observer (which reads the source's own rate-limit headers).
 */
public final class RateLimitedClient implements Client {

    private final Client delegate;
    private final RequestLimits limits;
    private final Consumer<Response> observer;

    public RateLimitedClient(Client delegate, RequestLimits limits, Consumer<Response> observer) {
        this.delegate = delegate;
        this.limits = limits;
        this.observer = observer;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        java.util.List<RollingWindowLimiter.Permit> permits = new ArrayList<>();
        try {
            for (RollingWindowLimiter limiter : limits.forRequest(request)) {
                permits.add(limiter.acquire());
            }
            Response response = delegate.execute(request, options);
            observer.accept(response);
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the rate limit");
        } finally {
            permits.forEach(RollingWindowLimiter.Permit::release);
        }
    }
}
