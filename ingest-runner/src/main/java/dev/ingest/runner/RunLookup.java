package dev.ingest.runner;

import dev.ingest.core.internal.history.RunLog;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.spi.ConfigException;

/** A run named on the command line, or an error naming where it was looked for. */
final class RunLookup {

    private RunLookup() {}

    static RunLog.Entry find(Warehouse warehouse, String runId) {
        return new RunLog(warehouse.dsl())
                .get(runId)
                .orElseThrow(() -> new ConfigException("no run '" + runId + "' in "
                        + warehouse.config().redactedUrl() + "; `ingest runs` lists the runs and their ids"));
    }
}
