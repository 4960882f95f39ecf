package dev.ingest.core.spi;

import java.util.List;

/**
 * Raw records read together, and the position just after them. Immutable (the list is copied).
 *
 * @param records    the records, in source order
 * @param checkpoint an opaque position from which the reader can continue after this batch (a page
 *                   cursor, a keyset position, a byte offset), or {@code null} when it cannot resume;
 *                   the engine stores it in the same transaction as the batch and hands it back in
 *                   {@link ReadRequest#checkpoint()} when an interrupted run is resumed
 * @param inCursorOrder whether these records keep the ascending cursor order of an incremental window,
 *                   so may move the stream's cursor; false for a trailing pass that is not in that order
 *                   (archived records listed after a search), whose records are loaded but leave the cursor
 */
public record Batch(List<RawRecord> records, String checkpoint, boolean inCursorOrder) {
    /**
     * Copies {@code records}.
     *
     * @param records       the records, in source order
     * @param checkpoint    the position after them, or {@code null}
     * @param inCursorOrder whether they keep the cursor order of an incremental window
     */
    public Batch {
        records = List.copyOf(records);
    }

    /**
     * A batch in cursor order, as most are.
     *
     * @param records    the records, in source order
     * @param checkpoint the position after them, or {@code null} when the reader cannot resume
     */
    public Batch(List<RawRecord> records, String checkpoint) {
        this(records, checkpoint, true);
    }

    /**
     * Marks a batch of a trailing pass, whose records may load but must not move the cursor.
     *
     * @return this batch, marked as not in cursor order
     */
    public Batch outOfCursorOrder() {
        return new Batch(records, checkpoint, false);
    }
}
