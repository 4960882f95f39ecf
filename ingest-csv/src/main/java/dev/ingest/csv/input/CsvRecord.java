package dev.ingest.csv.input;

import java.util.List;

/**
 * One record of a CSV file as read.
 *
 * @param fields     its fields, quotes removed
 * @param line       the physical line it starts on, 1-based
 * @param text       the exact text of the record, without its line terminator; {@code null} when that is its fields
 *                   joined by the delimiter (no field was quoted), or when only some fields' values were made
 * @param problem    why the record is malformed (a quote unterminated or running past the record limit), or {@code null}
 */
public record CsvRecord(List<String> fields, long line, String text, String problem) implements RecordFields {}
