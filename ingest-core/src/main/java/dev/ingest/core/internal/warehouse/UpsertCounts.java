package dev.ingest.core.internal.warehouse;

/** What an idempotent upsert did, exactly: new keys, changed rows, and rows already as given. */
public record UpsertCounts(long created, long updated, long unchanged) {

    public static final UpsertCounts NONE = new UpsertCounts(0, 0, 0);

    public UpsertCounts plus(UpsertCounts other) {
        return new UpsertCounts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
}
