package dev.ingest.core.spi;

import java.time.Instant;

/**
 * A record ready to load. The engine checks each value against its column's type and rejects a row that does not
 * fit; it does not copy {@code values}, so a processor hands over a fresh array and keeps no reference to it.
 *
 * @param values    one value per column of the stream, in its order, each of the column type's Java class or null
 * @param deletedAt when the source deleted or archived the record, or {@code null} while it lives
 */
public record Row(Object[] values, Instant deletedAt) implements Outcome {

    /**
     * A row of a live record.
     *
     * @param values one value per column, in the stream's column order
     * @return the row, not deleted
     */
    public static Row of(Object... values) {
        return new Row(values, null);
    }
}
