package dev.ingest.core;

/**
 * Records of one run: every processed record is either loaded (created, updated, unchanged) or rejected.
 *
 * @param deleted rows a complete full sync no longer found at the source and marked {@code _deleted_at};
 *                they are not among the processed records
 */
public record RunCounts(long processed, long created, long updated, long unchanged, long rejected, long deleted) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0);

    public RunCounts(long processed, long created, long updated, long unchanged, long rejected) {
        this(processed, created, updated, unchanged, rejected, 0);
    }

    /** These counts and one batch's: its loaded rows by what loading did to each, and its rejects. */
    public RunCounts plus(long newlyCreated, long newlyUpdated, long newlyUnchanged, long newlyRejected) {
        return new RunCounts(
                processed + newlyCreated + newlyUpdated + newlyUnchanged + newlyRejected,
                created + newlyCreated,
                updated + newlyUpdated,
                unchanged + newlyUnchanged,
                rejected + newlyRejected,
                deleted);
    }

    public RunCounts withDeleted(long count) {
        return new RunCounts(processed, created, updated, unchanged, rejected, count);
    }
}
