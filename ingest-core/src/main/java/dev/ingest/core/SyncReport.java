package dev.ingest.core;

import java.util.List;

/** The outcome of one sync command: a result per stream. */
public record SyncReport(String connector, String invocationId, boolean dryRun, List<StreamResult> streams) {

    public SyncReport {
        streams = List.copyOf(streams);
    }

    /** The worst status among the streams: failed, then cancelled, then partial, then skipped, then success. */
    public RunStatus status() {
        RunStatus worst = RunStatus.SUCCESS;
        for (StreamResult result : streams) {
            if (rank(result.status()) > rank(worst)) {
                worst = result.status();
            }
        }
        return worst;
    }

    private static int rank(RunStatus status) {
        return switch (status) {
            case SUCCESS -> 0;
            case SKIPPED -> 1;
            case PARTIAL -> 2;
            case CANCELLED -> 3;
            case RUNNING, FAILED -> 4;
        };
    }
}
