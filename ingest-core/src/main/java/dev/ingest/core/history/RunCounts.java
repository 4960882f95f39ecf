package dev.ingest.core.history;

import dev.ingest.core.warehouse.UpsertCounts;

/** Records of one run: every processed record is either loaded (created, updated, unchanged) or rejected. */
public record RunCounts(long processed, long created, long updated, long unchanged, long rejected) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0);

    public RunCounts plus(UpsertCounts loaded, long newlyRejected) {
        return new RunCounts(processed + loaded.total() + newlyRejected, created + loaded.created(),
                updated + loaded.updated(), unchanged + loaded.unchanged(), rejected + newlyRejected);
    }
}
