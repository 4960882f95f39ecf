package dev.ingest.core;

import dev.ingest.core.spi.RawPolicy;
import java.util.List;
import java.util.Objects;

/**
 * What to sync and how.
 *
 * @param streams   stream names, or empty for all of the connector's streams
 * @param full      a full sync even where a cursor is stored
 * @param since     an ISO-8601 date or timestamp to sync incrementally from instead of the stored cursor, or null
 * @param dryRun    fetch, transform and validate, then report; write nothing
 * @param limit     stop each stream after this many records, or 0 for no limit
 * @param batchSize the most records a batch holds, each batch one transaction; a batch ends sooner when the loader
 *                  waits for one or its records are large
 * @param parallel  how many streams sync at once; 1 keeps the declared order, parents before children
 * @param raw       what each row keeps in {@code _raw}: by default what its columns do not hold
 */
public record SyncRequest(
        List<String> streams,
        boolean full,
        String since,
        boolean dryRun,
        long limit,
        int batchSize,
        int parallel,
        RawPolicy raw) {

    public static final int DEFAULT_BATCH_SIZE = 10_000;

    /** A request whose rows keep in {@code _raw} what their columns do not hold. */
    public SyncRequest(
            List<String> streams, boolean full, String since, boolean dryRun, long limit, int batchSize, int parallel) {
        this(streams, full, since, dryRun, limit, batchSize, parallel, RawPolicy.UNMAPPED);
    }

    public SyncRequest {
        streams = List.copyOf(streams);
        Objects.requireNonNull(raw, "raw");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + limit);
        }
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1, got " + parallel);
        }
        if (full && since != null) {
            throw new IllegalArgumentException("--full and --since exclude each other");
        }
    }

    /** All streams, incremental where a cursor is stored, default batches. */
    public static SyncRequest all() {
        return new SyncRequest(List.of(), false, null, false, 0, DEFAULT_BATCH_SIZE, 1, RawPolicy.UNMAPPED);
    }

    public SyncRequest withStreams(List<String> names) {
        return new SyncRequest(names, full, since, dryRun, limit, batchSize, parallel, raw);
    }

    public SyncRequest withFull(boolean value) {
        return new SyncRequest(streams, value, since, dryRun, limit, batchSize, parallel, raw);
    }

    public SyncRequest withSince(String value) {
        return new SyncRequest(streams, full, value, dryRun, limit, batchSize, parallel, raw);
    }

    public SyncRequest withDryRun(boolean value) {
        return new SyncRequest(streams, full, since, value, limit, batchSize, parallel, raw);
    }

    public SyncRequest withLimit(long value) {
        return new SyncRequest(streams, full, since, dryRun, value, batchSize, parallel, raw);
    }

    public SyncRequest withParallel(int value) {
        return new SyncRequest(streams, full, since, dryRun, limit, batchSize, value, raw);
    }

    public SyncRequest withRaw(RawPolicy value) {
        return new SyncRequest(streams, full, since, dryRun, limit, batchSize, parallel, value);
    }

    public SyncRequest withBatchSize(int value) {
        return new SyncRequest(streams, full, since, dryRun, limit, value, parallel, raw);
    }
}
