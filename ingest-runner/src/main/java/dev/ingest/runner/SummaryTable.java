package dev.ingest.runner;

import static dev.ingest.runner.TextTable.Column.left;
import static dev.ingest.runner.TextTable.Column.right;

import dev.ingest.core.engine.StreamResult;
import dev.ingest.core.engine.SyncReport;
import dev.ingest.core.history.RunCounts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a sync did, one row per stream. */
final class SummaryTable {

    private SummaryTable() {}

    static void print(SyncReport report, String warehouse, PrintWriter out) {
        out.println(report.connector() + " into " + warehouse + ": "
                + report.status().label());
        boolean anyError = report.streams().stream().anyMatch(r -> r.error() != null);
        List<TextTable.Column> columns = new ArrayList<>(List.of(
                left("STREAM"),
                left("MODE"),
                left("STATUS"),
                right("PROCESSED"),
                right("CREATED"),
                right("UPDATED"),
                right("UNCHANGED"),
                right("REJECTED"),
                right("SECONDS"),
                right("RECORDS/S")));
        if (anyError) {
            columns.add(left("ERROR"));
        }
        TextTable table = new TextTable(columns);
        for (StreamResult result : report.streams()) {
            RunCounts counts = result.counts();
            List<Object> cells = new ArrayList<>(List.of(
                    result.stream(),
                    result.mode(),
                    result.status().label(),
                    counts.processed(),
                    counts.created(),
                    counts.updated(),
                    counts.unchanged(),
                    counts.rejected(),
                    String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0),
                    String.format(Locale.ROOT, "%.0f", result.recordsPerSecond())));
            if (anyError) {
                cells.add(result.error());
            }
            table.row(cells);
        }
        table.print(out, "");
        for (StreamResult result : report.streams()) {
            if (result.counts().rejected() > 0) {
                long rejected = result.counts().rejected();
                out.println(result.stream() + ": " + rejected
                        + (rejected == 1 ? " rejected record is" : " rejected records are")
                        + " in ingest.rejects where run_id = '" + result.runId() + "'");
            }
        }
        out.flush();
    }
}
