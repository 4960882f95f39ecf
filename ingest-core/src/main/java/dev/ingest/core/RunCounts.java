package dev.ingest.core;

/**
 * Records of one run: every processed record is either loaded (created, updated, unchanged) or rejected. Immutable.
 *
 * @param processed the records read and transformed: the sum of the four counts after it
 * @param created   rows the table did not hold before
 * @param updated   rows the table held, changed by this run
 * @param unchanged rows the table held already as they were read (an incremental window reads its boundary again)
 * @param rejected  records set aside with their reasons, as {@link Ingest#rejects(String)} lists them
 * @param deleted   rows a complete full sync no longer found at the source and marked {@code _deleted_at};
 *                  they are not among the processed records
 */
public record RunCounts(long processed, long created, long updated, long unchanged, long rejected, long deleted) {

    /** A run that has processed nothing yet. */
    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0);

    /**
     * Counts of a run that marked nothing deleted.
     *
     * @param processed the records read and transformed
     * @param created   rows the table did not hold before
     * @param updated   rows the table held, changed by this run
     * @param unchanged rows the table held already as they were read
     * @param rejected  records set aside
     */
    public RunCounts(long processed, long created, long updated, long unchanged, long rejected) {
        this(processed, created, updated, unchanged, rejected, 0);
    }

    /**
     * These counts and one batch's: its loaded rows by what loading did to each, and its rejects.
     *
     * @param newlyCreated   the batch's rows new to the table
     * @param newlyUpdated   the batch's rows that changed a row of the table
     * @param newlyUnchanged the batch's rows the table held already as they were
     * @param newlyRejected  the batch's records set aside
     * @return the sums, with {@code processed} grown by all four
     */
    public RunCounts plus(long newlyCreated, long newlyUpdated, long newlyUnchanged, long newlyRejected) {
        return new RunCounts(
                processed + newlyCreated + newlyUpdated + newlyUnchanged + newlyRejected,
                created + newlyCreated,
                updated + newlyUpdated,
                unchanged + newlyUnchanged,
                rejected + newlyRejected,
                deleted);
    }

    /**
     * These counts with the rows marked deleted at the end of a full sync.
     *
     * @param count how many rows the sync marked {@code _deleted_at}
     * @return the same counts, with {@code deleted} set to {@code count}
     */
    public RunCounts withDeleted(long count) {
        return new RunCounts(processed, created, updated, unchanged, rejected, count);
    }
}
