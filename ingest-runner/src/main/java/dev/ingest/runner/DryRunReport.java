package dev.ingest.runner;

import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncReport;
import dev.ingest.core.spi.Row;
import java.io.PrintWriter;
import java.util.Arrays;

/** What a sync would load: per stream, its counts and the first rows as they would be written. */
final class DryRunReport {

    static final int MAX_CELL = 32;

    private DryRunReport() {}

    static void print(SyncReport report, PrintWriter out) {
        for (StreamResult result : report.streams()) {
            long processed = result.counts().processed();
            long rejected = result.counts().rejected();
            out.println(result.stream() + " (" + result.mode() + "): "
                    + result.status().label() + "; read " + processed + ", would load " + (processed - rejected)
                    + ", rejected " + rejected);
            if (result.error() != null) {
                out.println("  error: " + ErrorReporter.oneLine(result.error()));
            }
            if (!result.sample().isEmpty()) {
                printSample(result, out);
            }
            out.println();
        }
        out.println("Dry run: nothing was written to the warehouse.");
        out.flush();
    }

    private static void printSample(StreamResult result, PrintWriter out) {
        TextTable table = new TextTable(
                result.columns().stream().map(TextTable.Column::left).toList());
        for (Row row : result.sample()) {
            table.row(Arrays.stream(row.values()).map(DryRunReport::cell).toList());
        }
        table.print(out, "  ");
    }

    private static String cell(Object value) {
        String text = value == null ? "null" : ErrorReporter.oneLine(value.toString());
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 3) + "...";
    }
}
