package dev.ingest.core.internal.warehouse;

import java.time.Instant;

/**
 * A row as it is loaded: the stream's column values, the source record as JSON text for {@code _raw},
 * when the source deleted it, and the {@code _hash} of the values, what of the record no column holds and the deletion.
 */
public record StagedRow(Object[] values, String raw, Instant deletedAt, long hash) {

    /** The row with its hash computed: on the thread that builds batches, not the one that loads them. */
    public StagedRow(Object[] values, String raw, Instant deletedAt) {
        this(values, raw, deletedAt, RowHash.of(values, raw, deletedAt));
    }

    /**
     * A row keeping {@code raw} (the whole record, or what no column holds) whose hash is over {@code unmapped}, what
     * no column holds, whatever {@code _raw} keeps: a switch of policy changes no row's hash, so rows the source did
     * not change are not rewritten by it.
     */
    public static StagedRow keeping(Object[] values, String raw, String unmapped, Instant deletedAt) {
        return new StagedRow(values, raw, deletedAt, RowHash.of(values, unmapped, deletedAt));
    }
}
