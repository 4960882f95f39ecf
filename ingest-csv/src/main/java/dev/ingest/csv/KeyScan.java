package dev.ingest.csv;

import dev.ingest.csv.processing.SupersededRows;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The pass over a file that finds the rows a later row with the same key supersedes, made when the file is read, or
 * started ahead by a caller that knows a read follows: {@code ingest import} starts it once the file is planned, while
 * the warehouse opens, so the pass (which the first row waits for) overlaps the connection, the run's record and the
 * table's set-up.
 */
public final class KeyScan {

    private final Supplier<SupersededRows> scan;
    /** A pass started ahead and not yet taken, or null. */
    private FutureTask<SupersededRows> ahead;

    KeyScan(Supplier<SupersededRows> scan) {
        this.scan = scan;
    }

    /** Starts the pass on a thread of its own, unless one started ahead is still to be taken. */
    public synchronized void startAhead() {
        if (ahead == null) {
            ahead = new FutureTask<>(scan::get);
            Thread thread = new Thread(ahead, "ingest-key-scan-ahead");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The pass started ahead, waited for, or else one made now; each read of the file takes a pass of its own. */
    SupersededRows take() {
        FutureTask<SupersededRows> started;
        synchronized (this) {
            started = ahead;
            ahead = null;
        }
        if (started == null) {
            return scan.get();
        }
        try {
            return started.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            started.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the scan for repeated keys", e);
        }
    }
}
