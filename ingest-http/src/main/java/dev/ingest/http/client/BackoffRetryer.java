package dev.ingest.http.client;

import dev.ingest.core.spi.SourceException;
import feign.RetryableException;
import feign.Retryer;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries with exponential backoff and jitter, or after exactly the wait the source asked for; renews
 * credentials at most once per request. When the attempts are spent it throws the source's error as a
 * retryable {@link SourceException}, so callers see the source's text rather than Feign's.
 */
public final class BackoffRetryer implements Retryer {

    private static final Logger log = LoggerFactory.getLogger(BackoffRetryer.class);

    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;
    private final Sleeper sleeper;
    private int attempt = 1;
    private boolean reauthenticated;

    /** How the retryer waits; tests replace it so that they need not. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public BackoffRetryer(int maxAttempts, Duration base, Duration cap) {
        this(maxAttempts, base, cap, Thread::sleep);
    }

    public BackoffRetryer(int maxAttempts, Duration base, Duration cap, Sleeper sleeper) {
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.cap = cap;
        this.sleeper = sleeper;
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (e instanceof ErrorBodyDecoder.Reauthenticate) {
            if (reauthenticated) {
                throw (ApiException) e.getCause();
            }
            reauthenticated = true;
            return;
        }
        if (interrupted(e)) {
            // A cancelled run: retrying would send the request again and wait for nothing.
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted during " + ErrorBodyDecoder.call(e.request()), false, e);
        }
        if (attempt >= maxAttempts) {
            throw exhausted(e);
        }
        long wait =
                e.retryAfter() != null ? Math.max(0, e.retryAfter() - System.currentTimeMillis()) : backoff(attempt);
        log.warn(
                "{}: {}; retrying in {} ms (attempt {} of {})",
                ErrorBodyDecoder.call(e.request()),
                reason(e),
                wait,
                attempt + 1,
                maxAttempts);
        attempt++;
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SourceException(
                    "interrupted while waiting to retry " + ErrorBodyDecoder.call(e.request()), true, e);
        }
    }

    /** An interrupt, as the thread's flag or as the I/O error it became; a timeout is also an InterruptedIOException. */
    private static boolean interrupted(RetryableException e) {
        return Thread.currentThread().isInterrupted()
                || (e.getCause() instanceof InterruptedIOException
                        && !(e.getCause() instanceof SocketTimeoutException));
    }

    /** A random wait between half and all of base * 2^(attempt-1), capped: jitter spreads retrying clients apart. */
    long backoff(int failedAttempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(20, failedAttempt - 1));
        return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }

    private SourceException exhausted(RetryableException e) {
        if (e.getCause() instanceof ApiException api) {
            return new ApiException(
                    api.status(), api.body(), api.getMessage() + " (gave up after " + attempt + " attempts)", true);
        }
        return new SourceException(
                ErrorBodyDecoder.call(e.request()) + ": " + reason(e) + " (gave up after " + attempt + " attempts)",
                true,
                e);
    }

    private static String reason(RetryableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ApiException api) {
            return api.getMessage();
        }
        return cause == null
                ? e.getMessage()
                : IoFailure.describe(cause, e.request().url());
    }

    @Override
    public Retryer clone() {
        return new BackoffRetryer(maxAttempts, base, cap, sleeper);
    }
}
