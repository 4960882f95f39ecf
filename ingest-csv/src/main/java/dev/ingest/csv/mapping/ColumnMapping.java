package dev.ingest.csv.mapping;

/**
 * A header matched to a target column.
 *
 * @param index  the header's position in the file
 * @param header the header as the file has it
 * @param column the target column
 * @param how    how they were matched: {@code "--mapping"}, {@code "name"}, {@code "alias 'E-mail'"}
 */
public record ColumnMapping(int index, String header, String column, String how) {}
