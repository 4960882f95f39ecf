package dev.ingest.csv.processing;

/**
 * Rows a later row with the same key code supersedes, the rows that superseded one, and how many such repeats each
 * of {@link #BUCKETS} ranges of codes holds, so that confirming hashed codes against the key values can take a range
 * of codes at a time.
 */
final class Repeats {

    static final int BUCKETS = 1 << 10;

    final LineSet superseded = new LineSet();
    final LineSet superseding = new LineSet();
    final long[] byBucket = new long[BUCKETS];

    /** Notes that the row on line {@code later} has the code of the row on line {@code earlier}. */
    void note(long earlier, long later, long code) {
        superseded.add(earlier);
        superseding.add(later);
        byBucket[bucket(code)]++;
    }

    /** Adds what {@code other} found, its lines plus {@code shift}. */
    void add(Repeats other, long shift) {
        superseded.addShifted(other.superseded, shift);
        superseding.addShifted(other.superseding, shift);
        for (int i = 0; i < BUCKETS; i++) {
            byBucket[i] += other.byBucket[i];
        }
    }

    /** Whether the row on this line has another row's code: the rows whose keys a confirmation compares. */
    boolean involves(long line) {
        return superseded.contains(line) || superseding.contains(line);
    }

    static int bucket(long code) {
        return (int) (code >>> 54);
    }
}
