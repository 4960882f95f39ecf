package dev.ingest.genius;

import dev.ingest.core.RunCounts;
import dev.ingest.core.SyncListener;
import dev.ingest.genius.testing.GeniusDatabase;

/**
 * After some batches have been committed, kills the connection streaming a table's rows, once, with
 * {@code KILL CONNECTION} from the test's own admin connection; if asked, only once the query has run a while.
 */
final class StreamKiller implements SyncListener {

    private final GeniusDatabase database;
    private final String table;
    private final int afterBatches;
    private final long runningForMillis;
    private int batches;
    private Thread killer;
    private volatile int killed;

    StreamKiller(GeniusDatabase database, String table, int afterBatches) {
        this(database, table, afterBatches, 0);
    }

    StreamKiller(GeniusDatabase database, String table, int afterBatches, long runningForMillis) {
        this.database = database;
        this.table = table;
        this.afterBatches = afterBatches;
        this.runningForMillis = runningForMillis;
    }

    /**
     * Starts looking for the query on a thread of its own: the page read ahead may be in already, and the
     * next page's query starts only once the engine, which calls this, goes on.
     */
    @Override
    public void batchDone(String stream, RunCounts soFar) {
        if (++batches != afterBatches) {
            return;
        }
        killer = new Thread(this::killWithinFiveSeconds, "stream-killer");
        killer.setDaemon(true);
        killer.start();
    }

    private void killWithinFiveSeconds() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (killed == 0 && System.nanoTime() < deadline) {
            killed = database.killOtherConnections("FROM `" + table + "`", runningForMillis);
            Thread.onSpinWait();
        }
    }

    int killed() throws InterruptedException {
        if (killer != null) {
            killer.join();
        }
        return killed;
    }
}
