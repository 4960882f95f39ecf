package dev.ingest.csv.cleaning;

/** Turns a trimmed, non-empty CSV value into its column's Java value, or says why it cannot. */
@FunctionalInterface
public interface ValueCleaner {

    Object clean(String text) throws InvalidValue;
}
