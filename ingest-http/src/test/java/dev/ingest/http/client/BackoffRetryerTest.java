package dev.ingest.http.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.SourceException;
import feign.Request;
import feign.RetryableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackoffRetryerTest {

    private final List<Long> waits = new ArrayList<>();
    private final BackoffRetryer retryer =
            new BackoffRetryer(5, Duration.ofMillis(100), Duration.ofSeconds(1), waits::add);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void anInterruptedRequestStopsAtOnceWithoutWaitingOrRetrying() {
        assertThatThrownBy(() -> retryer.continueOrPropagate(ioError(new InterruptedIOException("interrupted"))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("interrupted during GET https://api.example.test/contacts")
                .matches(e -> !((SourceException) e).retryable(), "not retryable");
        assertThat(waits).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aThreadInterruptedDuringAnyIoErrorStopsAtOnce() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> retryer.continueOrPropagate(ioError(new IOException("closed"))))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("interrupted");
        assertThat(waits).isEmpty();
    }

    @Test
    void aTimeoutIsStillRetried() {
        retryer.continueOrPropagate(ioError(new SocketTimeoutException("read timed out")));

        assertThat(waits).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsNamedWithItsHostAndPortThoughTheJdkGivesNoMessage() {
        ConnectException refused = new ConnectException();
        refused.initCause(new ConnectException());
        refused.getCause().initCause(new ClosedChannelException());
        BackoffRetryer once = new BackoffRetryer(1, Duration.ofMillis(100), Duration.ofSeconds(1), waits::add);

        assertThatThrownBy(() -> once.continueOrPropagate(ioError(refused)))
                .isInstanceOf(SourceException.class)
                .hasMessage("GET https://api.example.test/contacts: connection refused to api.example.test:443"
                        + " (gave up after 1 attempts)");
    }

    @Test
    void anUnknownHostIsNamed() {
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());
        BackoffRetryer once = new BackoffRetryer(1, Duration.ofMillis(100), Duration.ofSeconds(1), waits::add);

        assertThatThrownBy(() -> once.continueOrPropagate(ioError(unresolved)))
                .hasMessageContaining(": unknown host api.example.test (gave up");
    }

    private static RetryableException ioError(IOException cause) {
        Request request = Request.create(
                Request.HttpMethod.GET,
                "https://api.example.test/contacts?limit=100",
                Map.of(),
                null,
                StandardCharsets.UTF_8,
                null);
        return new RetryableException(-1, cause.getMessage(), request.httpMethod(), cause, (Long) null, request);
    }
}
