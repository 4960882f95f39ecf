package dev.ingest.runner;

import dev.ingest.core.engine.StreamResult;
import dev.ingest.core.engine.SyncReport;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Stream;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What a sync would load: per stream, its counts and the first rows as they would be written. */
final class DryRunReport {

    static final int MAX_CELL = 32;

    private DryRunReport() {
    }

    /** @param streams the streams as the sync discovered them, for the names of the sample's columns */
    static void print(SyncReport report, List<Stream> streams, PrintWriter out) {
        Map<String, Stream> byName = streams.stream().collect(Collectors.toMap(Stream::name, Function.identity()));
        for (StreamResult result : report.streams()) {
            long processed = result.counts().processed();
            long rejected = result.counts().rejected();
            out.println(result.stream() + " (" + result.mode() + "): " + result.status().label() + "; read " + processed
                    + ", would load " + (processed - rejected) + ", rejected " + rejected);
            if (result.error() != null) {
                out.println("  error: " + ErrorReporter.oneLine(result.error()));
            }
            if (!result.sample().isEmpty()) {
                printSample(byName.get(result.stream()), result, out);
            }
            out.println();
        }
        out.println("Dry run: nothing was written to the warehouse.");
        out.flush();
    }

    private static void printSample(Stream stream, StreamResult result, PrintWriter out) {
        TextTable table = new TextTable(headers(stream, result.sample().get(0).values().length));
        for (Row row : result.sample()) {
            table.row(Arrays.stream(row.values()).map(DryRunReport::cell).toList());
        }
        table.print(out, "  ");
    }

    /** The stream's column names, or positions should its columns have changed since it was discovered. */
    private static List<TextTable.Column> headers(Stream stream, int width) {
        if (stream != null && stream.columns().size() == width) {
            return stream.columns().stream().map(Column::name).map(TextTable.Column::left).toList();
        }
        return IntStream.rangeClosed(1, width).mapToObj(i -> TextTable.Column.left("#" + i)).toList();
    }

    private static String cell(Object value) {
        String text = value == null ? "null" : ErrorReporter.oneLine(value.toString());
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 3) + "...";
    }
}
