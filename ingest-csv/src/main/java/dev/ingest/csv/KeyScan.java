package dev.ingest.csv;

import dev.ingest.csv.processing.SupersededRows;
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
    private BackgroundTask<SupersededRows> ahead;

    KeyScan(Supplier<SupersededRows> scan) {
        this.scan = scan;
    }

    /** Starts the pass on a thread of its own, unless one started ahead is still to be taken. */
    public synchronized void startAhead() {
        if (ahead == null) {
            ahead = BackgroundTask.start("key scan ahead", scan::get);
        }
    }

    /** The pass started ahead, waited for, or else one made now; each read of the file takes a pass of its own. */
    SupersededRows take() {
        BackgroundTask<SupersededRows> started;
        synchronized (this) {
            started = ahead;
            ahead = null;
        }
        return started == null ? scan.get() : started.get();
    }
}
