package dev.ingest.core.spi;

import java.time.Instant;

/**
 * A record ready to load.
 *
 * @param values    one value per column of the stream, in its order, each of the column type's Java class or null
 * @param deletedAt when the source deleted or archived the record, or {@code null} while it lives
 */
public record Row(Object[] values, Instant deletedAt) implements Outcome {

    public static Row of(Object... values) {
        return new Row(values, null);
    }
}
