package dev.ingest.runner;

import static dev.ingest.runner.TextTable.Column.left;
import static dev.ingest.runner.TextTable.Column.right;

import dev.ingest.core.RunCounts;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a sync did, one row per stream and a row of their totals over the command's wall time. */
final class SummaryTable {

    private SummaryTable() {}

    /** @param wallTime how long the sync took from start to end, streams synced at once counted once */
    static void print(SyncReport report, String warehouse, Duration wallTime, PrintWriter out) {
        out.println(report.connector() + " into " + warehouse + ": "
                + report.status().label());
        boolean anyError = report.streams().stream().anyMatch(r -> r.error() != null);
        List<TextTable.Column> columns = new ArrayList<>(List.of(left("STREAM"), left("MODE"), left("STATUS")));
        columns.addAll(CountColumns.HEADERS);
        columns.addAll(List.of(right("SECONDS"), right("RECORDS/S")));
        if (anyError) {
            columns.add(left("ERROR"));
        }
        TextTable table = new TextTable(columns);
        for (StreamResult result : report.streams()) {
            List<Object> cells = new ArrayList<>(
                    List.of(result.stream(), result.mode(), result.status().label()));
            cells.addAll(CountColumns.cells(result.counts()));
            cells.add(seconds(result.elapsed()));
            cells.add(String.format(Locale.ROOT, "%.0f", result.recordsPerSecond()));
            if (anyError) {
                cells.add(result.error());
            }
            table.row(cells);
        }
        RunCounts total = RunCounts.ZERO;
        for (StreamResult result : report.streams()) {
            RunCounts counts = result.counts();
            total = total.plus(counts.created(), counts.updated(), counts.unchanged(), counts.rejected());
        }
        double wallSeconds = Math.max(wallTime.toNanos() / 1e9, 1e-3);
        List<Object> totals =
                new ArrayList<>(List.of("total", "", report.status().label()));
        totals.addAll(CountColumns.cells(total));
        totals.add(seconds(wallTime));
        totals.add(String.format(Locale.ROOT, "%.0f", total.processed() / wallSeconds));
        if (anyError) {
            totals.add("");
        }
        table.row(totals);
        table.print(out, "");
        for (StreamResult result : report.streams()) {
            if (result.counts().rejected() > 0) {
                long rejected = result.counts().rejected();
                out.println(result.stream() + ": " + rejected
                        + (rejected == 1 ? " rejected record" : " rejected records")
                        + ", with the reasons: ingest rejects " + result.runId());
            }
        }
        out.flush();
    }

    private static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.1f", elapsed.toMillis() / 1000.0);
    }
}
