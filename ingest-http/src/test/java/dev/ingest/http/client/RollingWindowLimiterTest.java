package dev.ingest.http.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingWindowLimiterTest {

    @Test
    void aRequestBeyondThePermitsWaitsUntilTheOldestHasLeftTheWindow() throws InterruptedException {
        RollingWindowLimiter limiter = new RollingWindowLimiter(3, Duration.ofMillis(300));
        List<Long> released = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            limiter.acquire().release();
            released.add(System.nanoTime());
        }

        limiter.acquire().release();

        assertThat(Duration.ofNanos(System.nanoTime() - released.get(0)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aRequestInFlightHoldsItsSlotUntilItCompletes() throws InterruptedException {
        RollingWindowLimiter limiter = new RollingWindowLimiter(1, Duration.ofMillis(100));
        RollingWindowLimiter.Permit first = limiter.acquire();
        long[] acquiredAt = new long[1];
        Thread second = new Thread(() -> {
            try {
                limiter.acquire().release();
                acquiredAt[0] = System.nanoTime();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        Thread.sleep(200);
        long releasedAt = System.nanoTime();
        first.release();
        second.join();

        // Counted from completion, not from when it was sent 200 ms earlier.
        assertThat(Duration.ofNanos(acquiredAt[0] - releasedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aHoldStopsEveryRequestUntilItEnds() throws InterruptedException {
        RollingWindowLimiter limiter = new RollingWindowLimiter(100, Duration.ofSeconds(10));
        Instant until = Instant.now().plusMillis(200);
        limiter.holdUntil(until);

        limiter.acquire().release();

        assertThat(Instant.now()).isAfterOrEqualTo(until);
    }

    @Test
    void aSpentWindowMakesFreeSlotsWaitAWholeWindow() throws InterruptedException {
        RollingWindowLimiter limiter = new RollingWindowLimiter(2, Duration.ofMillis(200));
        limiter.windowSpent();
        long start = System.nanoTime();

        limiter.acquire().release();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void aBudgetSpentForLongerThanItMayWaitFailsAtOnceNamingWhenItFrees() throws InterruptedException {
        RollingWindowLimiter hourly =
                RollingWindowLimiter.budget("hourly budget", 2, Duration.ofHours(1), Duration.ofSeconds(1));
        hourly.acquire().release();
        hourly.acquire().release();
        long before = System.nanoTime();

        assertThatThrownBy(hourly::acquire)
                .isInstanceOf(BudgetSpentException.class)
                .hasMessageStartingWith("the API's hourly budget of 2 requests is spent until 20")
                .hasMessageEndingWith("; the run stops here, and a run after that resumes where it stopped");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void aBudgetThatFreesWithinItsWaitWaits() throws InterruptedException {
        RollingWindowLimiter budget =
                RollingWindowLimiter.budget("per-second budget", 2, Duration.ofMillis(200), Duration.ofSeconds(5));
        budget.acquire().release();
        budget.acquire().release();

        budget.acquire().release();
    }
}
