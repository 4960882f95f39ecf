package dev.ingest.core.internal.warehouse;

import java.time.Instant;

/**
 * A row as it is loaded: the stream's column values, the source record as JSON text for {@code _raw},
 * when the source deleted it, and the {@code _hash} of those three.
 */
public record StagedRow(Object[] values, String raw, Instant deletedAt, long hash) {

    /** The row with its hash computed: on the thread that builds batches, not the one that loads them. */
    public StagedRow(Object[] values, String raw, Instant deletedAt) {
        this(values, raw, deletedAt, RowHash.of(values, raw, deletedAt));
    }
}
