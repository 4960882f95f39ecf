package dev.ingest.examples;

import dev.ingest.core.Ingest;
import dev.ingest.core.RejectedRecord;
import dev.ingest.core.RunCounts;
import dev.ingest.core.RunQuery;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The README's "Use it from Java" snippets: each is the text between its {@code tag::} and {@code end::} comments,
 * which {@code ReadmeSnippetsTest} holds equal to the README and {@code QuickstartIT} runs.
 */
public final class Quickstart {

    private Quickstart() {}

    /** Syncs the sample connector into the embedded DuckDB warehouse under {@code directory}. */
    public static SyncReport syncIntoDuckDb(Path directory) {
        // tag::duckdb[]
        try (Ingest ingest = Ingest.embedded(directory)) { // directory/warehouse.duckdb, made if missing
            SyncReport report = ingest.sync("sample", Map.of("SAMPLE_COUNT", "1000"));
            for (StreamResult stream : report.streams()) {
                System.out.printf("%s: %s, %s%n", stream.stream(), stream.status(), stream.counts());
            }
            return report;
        }
        // end::duckdb[]
    }

    /** Syncs two of the sample connector's streams into the application's PostgreSQL data source, with progress. */
    public static SyncReport syncIntoPostgres(DataSource dataSource) {
        // tag::postgres[]
        // dataSource: the application's own pool on a PostgreSQL database; closing ingest leaves it open.
        try (Ingest ingest = Ingest.open(dataSource)) {
            SyncRequest request = SyncRequest.all().withStreams(List.of("companies", "contacts"));
            SyncListener progress = new SyncListener() {
                @Override
                public void batchDone(String stream, RunCounts soFar) {
                    System.out.println(stream + ": " + soFar.processed() + " records so far");
                }
            };
            SyncReport report = ingest.sync("sample", Map.of("SAMPLE_COUNT", "1000"), request, progress);
            for (SyncRun run : ingest.runs(RunQuery.latest(10).withConnector("sample"))) {
                System.out.println(run.id() + " " + run.stream() + " " + run.status() + " " + run.counts());
            }
            return report;
        }
        // end::postgres[]
    }

    /** Imports a CSV export of Genius users into the embedded warehouse under {@code directory}. */
    public static SyncReport importCsv(Path directory, Path file) {
        // tag::csv[]
        try (Ingest ingest = Ingest.embedded(directory)) {
            SyncReport report = ingest.importCsv(file, "genius_users", Map.of(), false, SyncListener.NONE);
            StreamResult users = report.streams().get(0); // one file, one stream: csv.genius_users
            for (RejectedRecord rejected : ingest.rejects(users.runId())) {
                System.out.println(rejected.location() + ": " + rejected.reason());
            }
            return report;
        }
        // end::csv[]
    }
}
