package dev.ingest.core.internal.warehouse;

import java.time.Instant;

/**
 * A row as it is loaded: the stream's column values, the source record as JSON text for {@code _raw},
 * and when the source deleted it.
 */
public record StagedRow(Object[] values, String raw, Instant deletedAt) {}
