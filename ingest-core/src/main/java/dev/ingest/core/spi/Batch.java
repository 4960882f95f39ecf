package dev.ingest.core.spi;

import java.util.List;

/**
 * Raw records read together, and the position just after them.
 *
 * @param records    the records, in source order
 * @param checkpoint an opaque position from which the reader can continue after this batch (a page
 *                   cursor, a keyset position, a byte offset), or {@code null} when it cannot resume;
 *                   the engine stores it in the same transaction as the batch and hands it back in
 *                   {@link ReadRequest#checkpoint()} when an interrupted run is resumed
 */
public record Batch(List<RawRecord> records, String checkpoint) {
    public Batch {
        records = List.copyOf(records);
    }
}
