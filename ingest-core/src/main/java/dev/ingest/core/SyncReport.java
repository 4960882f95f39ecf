package dev.ingest.core;

import java.util.List;

/**
 * The outcome of one sync: a result per stream. Immutable.
 *
 * @param connector    the connector's name
 * @param invocationId the id that the sync's rows in {@code ingest.sync_history} share ({@link SyncRun#invocationId()})
 * @param dryRun       whether it was a dry run, which wrote nothing
 * @param streams      the outcome of each stream that started or was skipped, in declared order; streams a cancel (or
 *                     a warehouse that stopped answering) kept from starting are absent
 */
public record SyncReport(String connector, String invocationId, boolean dryRun, List<StreamResult> streams) {

    /**
     * Copies {@code streams}.
     *
     * @param connector    the connector's name
     * @param invocationId the id the sync's rows share
     * @param dryRun       whether it was a dry run
     * @param streams      each stream's outcome
     */
    public SyncReport {
        streams = List.copyOf(streams);
    }

    /**
     * The status of the sync as a whole, for an exit code or an alert.
     *
     * @return the worst status among the streams: failed, then cancelled, then partial, then skipped, then success;
     *     success when there are none
     */
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
