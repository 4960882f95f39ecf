package dev.ingest.genius;

import dev.ingest.core.engine.SyncListener;
import dev.ingest.core.history.RunCounts;
import dev.ingest.genius.testing.GeniusDatabase;

/** After some batches have been committed, kills the connection streaming a table's rows, once. */
final class StreamKiller implements SyncListener {

    private final GeniusDatabase database;
    private final String table;
    private final int afterBatches;
    private int batches;
    private int killed;

    StreamKiller(GeniusDatabase database, String table, int afterBatches) {
        this.database = database;
        this.table = table;
        this.afterBatches = afterBatches;
    }

    @Override
    public void batchDone(String stream, RunCounts soFar) {
        if (++batches != afterBatches) {
            return;
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (killed == 0 && System.nanoTime() < deadline) {
            killed = database.killOtherConnections("FROM `" + table + "`");
            Thread.onSpinWait();
        }
    }

    int killed() {
        return killed;
    }
}
