package dev.ingest.core.spi;

import java.util.List;
import java.util.Optional;

/**
 * What a stream's table holds of live rows (those not marked deleted), for a source with no deletion feed: its reader
 * compares what the source lists now with what an earlier run loaded, and asks the source again about the rest. Only
 * for streams with a one-column key. Reads the warehouse as it stands, so rows a running sync has not committed yet
 * are not there. Each call reads the warehouse afresh, on a connection of its own, so any thread may make it.
 */
public interface StoredRows {

    /** A table with no rows: what a reader sees when it is not run by the engine (a check, a test). */
    StoredRows NONE = new StoredRows() {
        @Override
        public List<Object> keys(String column, Object lowest, Object highest) {
            return List.of();
        }

        @Override
        public Optional<String> raw(Object key) {
            return Optional.empty();
        }
    };

    /**
     * The keys of live rows whose {@code column} lies between {@code lowest} and {@code highest}, both inclusive, as
     * the key column's Java type; none while the table does not exist.
     *
     * @param column  a column of the stream
     * @param lowest  a value of the column's Java type ({@link ColumnType#javaType()})
     * @param highest a value of the column's Java type
     * @return the keys, in no particular order
     * @throws IllegalArgumentException when the stream has no such column
     */
    List<Object> keys(String column, Object lowest, Object highest);

    /**
     * The record a live row was loaded from, to compare with what the source says now: JSON text rebuilt from its
     * columns and {@code _raw} ({@link Processor#rebuild}).
     *
     * @param key a value of the key column's Java type
     * @return the record's JSON text, or empty when the table holds no live row of {@code key}
     */
    Optional<String> raw(Object key);
}
