package dev.ingest.http.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Allows at most {@code permits} requests in any rolling window. A request holds its slot from the moment
 * it is sent until it completes, and the window is counted from completion: the server may count a request
 * at any moment between the two, so counting from the later one cannot overrun the server's window.
 * Thread-safe; one instance is shared by every stream of an account.
 */
public final class RollingWindowLimiter {

    private static final long IN_FLIGHT = Long.MAX_VALUE;

    private final long windowMillis;
    /** When each slot was last released, or {@link #IN_FLIGHT} while its request runs. */
    private final long[] releasedAt;
    private final Clock clock;
    private long heldUntil;

    public RollingWindowLimiter(int permits, Duration window) {
        this(permits, window, Clock.systemUTC());
    }

    RollingWindowLimiter(int permits, Duration window, Clock clock) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be positive: " + permits);
        }
        this.windowMillis = window.toMillis();
        this.releasedAt = new long[permits];
        this.clock = clock;
        java.util.Arrays.fill(releasedAt, Long.MIN_VALUE / 2);
    }

    /** A permit for one request; call {@link Permit#release()} when its answer has arrived. */
    public interface Permit {
        void release();
    }

    /** Blocks until a request may be sent within the window. */
    public Permit acquire() throws InterruptedException {
        synchronized (this) {
            while (true) {
                long now = clock.millis();
                int oldest = oldestSlot();
                long freeAt = releasedAt[oldest] == IN_FLIGHT ? IN_FLIGHT : Math.max(releasedAt[oldest] + windowMillis, heldUntil);
                if (freeAt <= now) {
                    releasedAt[oldest] = IN_FLIGHT;
                    return () -> release(oldest);
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
