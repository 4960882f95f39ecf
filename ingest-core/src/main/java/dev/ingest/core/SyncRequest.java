package dev.ingest.core;

import dev.ingest.core.spi.RawPolicy;
import java.util.List;
import java.util.Objects;

/**
 * What to sync and how. Immutable: start from {@link #all()} and change it with the {@code with...} methods, each of
 * which returns a copy.
 *
 * @param streams   stream names, or empty for all of the connector's streams
 * @param full      a full sync even where a cursor is stored
 * @param since     an ISO-8601 date or timestamp to sync incrementally from instead of the stored cursor, or
 *                  {@code null}
 * @param dryRun    fetch, transform and validate, then report; write nothing
 * @param limit     stop each stream after this many records, or 0 for no limit
 * @param batchSize the most records a batch holds, each batch one transaction; a batch ends sooner when the loader
 *                  waits for one or its records are large
 * @param parallel  how many streams sync at once; 1 keeps the declared order, parents before children
 * @param raw       what each row keeps in {@code _raw}: by default what its columns do not hold; {@link Ingest#sync}
 *                  sets it from the connector's settings ({@code <CONNECTOR>_RAW}, else {@code INGEST_RAW})
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

    /** The batch size of {@link #all()}. */
    public static final int DEFAULT_BATCH_SIZE = 10_000;

    /**
     * A request whose rows keep in {@code _raw} what their columns do not hold.
     *
     * @param streams   stream names, or empty for all
     * @param full      a full sync even where a cursor is stored
     * @param since     the time to sync incrementally from, or {@code null}
     * @param dryRun    write nothing
     * @param limit     records per stream at most, or 0 for no limit
     * @param batchSize records per batch at most
     * @param parallel  streams synced at once
     */
    public SyncRequest(
            List<String> streams, boolean full, String since, boolean dryRun, long limit, int batchSize, int parallel) {
        this(streams, full, since, dryRun, limit, batchSize, parallel, RawPolicy.UNMAPPED);
    }

    /**
     * Validates the request.
     *
     * @param streams   stream names, or empty for all
     * @param full      a full sync even where a cursor is stored
     * @param since     the time to sync incrementally from, or {@code null}
     * @param dryRun    write nothing
     * @param limit     records per stream at most, or 0 for no limit
     * @param batchSize records per batch at most
     * @param parallel  streams synced at once
     * @param raw       what {@code _raw} keeps of each record
     * @throws IllegalArgumentException when {@code batchSize} or {@code parallel} is below 1, {@code limit} is
     *                                  negative, or both {@code full} and {@code since} are given
     */
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

    /**
     * The request a plain sync makes.
     *
     * @return all streams, incremental where a cursor is stored, default batches, one stream at a time, no limit
     */
    public static SyncRequest all() {
        return new SyncRequest(List.of(), false, null, false, 0, DEFAULT_BATCH_SIZE, 1, RawPolicy.UNMAPPED);
    }

    /**
     * Picks the streams to sync.
     *
     * @param names stream names, or empty for all of the connector's streams
     * @return this request for those streams
     */
    public SyncRequest withStreams(List<String> names) {
        return new SyncRequest(names, full, since, dryRun, limit, batchSize, parallel, raw);
    }

    /**
     * Asks for a full sync, or not.
     *
     * @param value whether every stream is read whole even where a cursor is stored
     * @return this request, full or not
     */
    public SyncRequest withFull(boolean value) {
        return new SyncRequest(streams, value, since, dryRun, limit, batchSize, parallel, raw);
    }

    /**
     * Syncs incrementally from a given time rather than the stored cursor.
     *
     * @param value an ISO-8601 date ({@code 2024-01-31}) or timestamp, or {@code null} for the stored cursor
     * @return this request, from that time
     */
    public SyncRequest withSince(String value) {
        return new SyncRequest(streams, full, value, dryRun, limit, batchSize, parallel, raw);
    }

    /**
     * Makes the request a dry run, or not.
     *
     * @param value whether to fetch, transform and validate only, and report sample rows, writing nothing
     * @return this request, dry or not
     */
    public SyncRequest withDryRun(boolean value) {
        return new SyncRequest(streams, full, since, value, limit, batchSize, parallel, raw);
    }

    /**
     * Stops each stream after some records.
     *
     * @param value the most records read per stream, or 0 for no limit
     * @return this request, limited
     */
    public SyncRequest withLimit(long value) {
        return new SyncRequest(streams, full, since, dryRun, value, batchSize, parallel, raw);
    }

    /**
     * Syncs several streams at once. Above 1 the listener hears from several threads, and a stream may load before
     * the streams declared ahead of it.
     *
     * @param value how many streams sync at once, at least 1
     * @return this request, with that parallelism
     */
    public SyncRequest withParallel(int value) {
        return new SyncRequest(streams, full, since, dryRun, limit, batchSize, value, raw);
    }

    /**
     * @param value what each row keeps in {@code _raw}
     * @return this request, with that policy
     */
    public SyncRequest withRaw(RawPolicy value) {
        return new SyncRequest(streams, full, since, dryRun, limit, batchSize, parallel, value);
    }

    /**
     * Sets the records per batch: larger batches load faster and hold more memory.
     *
     * @param value the most records a batch (and its one transaction) holds, at least 1
     * @return this request, with that batch size
     */
    public SyncRequest withBatchSize(int value) {
        return new SyncRequest(streams, full, since, dryRun, limit, value, parallel, raw);
    }
}
