package dev.ingest.http.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Allows at most {@code permits} requests in any rolling window. A request holds its slot from the moment
 * it is sent until it completes, and the window is counted from completion: the server may count a request
 * at any moment between the two, so counting from the later one cannot overrun the server's window.
 * Thread-safe; one instance is shared by every stream of an account.
 * <p>
 * A {@linkplain #budget budget} (CallRail's 1,000 requests an hour and 10,000 a day) is the same window with a
 * limit on how long to wait: once it is spent for longer than that, a request fails at once, naming the budget and
 * when it frees, so that a run stops (and the next one resumes) instead of sleeping for most of a day.
 */
public final class RollingWindowLimiter {

    private static final long IN_FLIGHT = Long.MAX_VALUE;

    private final long windowMillis;
    /** When each slot was last released, or {@link #IN_FLIGHT} while its request runs. */
    private final long[] releasedAt;

    private final Clock clock;
    /** What a budget is called in its error, or null for a limiter that waits as long as it takes. */
    private final String budgetName;

    private final long maxWaitMillis;
    private long heldUntil;

    public RollingWindowLimiter(int permits, Duration window) {
        this(permits, window, Clock.systemUTC(), null, Long.MAX_VALUE);
    }

    /**
     * At most {@code permits} requests in any {@code window}, waiting at most {@code maxWait} for one.
     *
     * @param name what the source calls it, for the error: {@code "hourly budget"}
     */
    public static RollingWindowLimiter budget(String name, int permits, Duration window, Duration maxWait) {
        return new RollingWindowLimiter(permits, window, Clock.systemUTC(), name, maxWait.toMillis());
    }

    RollingWindowLimiter(int permits, Duration window, Clock clock, String budgetName, long maxWaitMillis) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be positive: " + permits);
        }
        this.windowMillis = window.toMillis();
        this.releasedAt = new long[permits];
        this.clock = clock;
        this.budgetName = budgetName;
        this.maxWaitMillis = maxWaitMillis;
        java.util.Arrays.fill(releasedAt, Long.MIN_VALUE / 2);
    }

    /** A permit for one request; call {@link Permit#release()} when its answer has arrived. */
    public interface Permit {
        void release();
    }

    /**
     * Blocks until a request may be sent within the window.
     *
     * @throws BudgetSpentException when this is a budget spent for longer than it may wait
     */
    public Permit acquire() throws InterruptedException {
        synchronized (this) {
            while (true) {
                long now = clock.millis();
                int oldest = oldestSlot();
                long freeAt = releasedAt[oldest] == IN_FLIGHT
                        ? IN_FLIGHT
                        : Math.max(releasedAt[oldest] + windowMillis, heldUntil);
                if (freeAt <= now) {
                    releasedAt[oldest] = IN_FLIGHT;
                    return () -> release(oldest);
                }
                if (freeAt != IN_FLIGHT && freeAt - now > maxWaitMillis) {
                    throw new BudgetSpentException("the API's " + budgetName + " of " + releasedAt.length
                            + " requests is spent until " + Instant.ofEpochMilli(freeAt)
                            + "; the run stops here, and a run after that resumes where it stopped");
                }
                // Waiting for a slot in flight has no deadline: its release notifies.
                wait(freeAt == IN_FLIGHT ? 0 : Math.max(1, freeAt - now));
            }
        }
    }

    /** Sends nothing before {@code until}: the server said its window is spent. */
    public synchronized void holdUntil(Instant until) {
        // Rounded up: a hold must never end before the instant it was given.
        long millis = until.toEpochMilli() + (until.getNano() % 1_000_000 == 0 ? 0 : 1);
        heldUntil = Math.max(heldUntil, millis);
        notifyAll();
    }

    /**
     * The server says no request is left in its window although some of this limiter's slots are free:
     * another client shares the limit, so the free slots count as used from now.
     */
    public synchronized void windowSpent() {
        long now = clock.millis();
        for (int i = 0; i < releasedAt.length; i++) {
            if (releasedAt[i] != IN_FLIGHT && releasedAt[i] + windowMillis <= now) {
                releasedAt[i] = now;
            }
        }
    }

    private synchronized void release(int slot) {
        // The next millisecond: the clock's millisecond may have begun up to 1 ms before the release.
        releasedAt[slot] = clock.millis() + 1;
        notifyAll();
    }

    private int oldestSlot() {
        int oldest = 0;
        for (int i = 1; i < releasedAt.length; i++) {
            if (releasedAt[i] < releasedAt[oldest]) {
                oldest = i;
            }
        }
        return oldest;
    }
}
