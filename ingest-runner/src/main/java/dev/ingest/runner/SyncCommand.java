package dev.ingest.runner;

import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.RawPolicy;
import dev.ingest.core.spi.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "sync",
        description = "Copy a connector's streams into the warehouse.",
        footer =
                "Exit status: 0 success, 3 partial (some records rejected, or the source's quota cut the run short: the"
                        + " next run resumes), 4 some streams skipped (another run was syncing them),"
                        + " 1 failed or cancelled, 2 bad usage or configuration.")
final class SyncCommand implements Callable<Integer> {

    @ParentCommand
    private IngestCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "<connector>",
            description = "A connector's name, as `ingest connectors` lists it.")
    private String connectorName;

    @Parameters(
            index = "1..*",
            paramLabel = "<stream>",
            description = "Streams to sync; default: all of the connector's.")
    private List<String> streams = new ArrayList<>();

    @Option(names = "--full", description = "Read every record, even where a cursor is stored.")
    private boolean full;

    @Option(
            names = "--since",
            paramLabel = "<ISO-8601>",
            description = "Read records changed since this date or timestamp instead of the stored cursor.")
    private String since;

    @Option(
            names = "--json",
            description = "One JSON document on stdout: {\"connector\", \"status\", \"wall_seconds\", \"runs\": [...]},"
                    + " each run as ingest.sync_history holds it; the summary table goes to stderr.")
    private boolean json;

    @Option(names = "--dry-run", description = "Read, transform and validate; show sample rows; write nothing.")
    private boolean dryRun;

    @Option(names = "--limit", paramLabel = "<n>", description = "Stop each stream after this many records.")
    private Long limit;

    @Option(
            names = "--parallel",
            paramLabel = "<n>",
            defaultValue = "1",
            description =
                    "Sync this many streams at once (default: ${DEFAULT-VALUE}, one after another in declared order).")
    private int parallel;

    @Option(
            names = "--batch-size",
            paramLabel = "<n>",
            defaultValue = "" + SyncRequest.DEFAULT_BATCH_SIZE,
            description = "The most records a batch holds; each batch is one transaction (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Override
    public Integer call() {
        SyncRequest asked = request();
        Connector connector = root.connector(connectorName);
        Settings settings = root.settings(connector);
        SyncRequest request = asked.withRaw(RawPolicy.of(settings));
        try (Warehouse warehouse = root.openWarehouse();
                Client client = connector.open(settings)) {
            long started = System.nanoTime();
            SyncReport report = root.sync(warehouse, connector, client, request, ProgressLine.COUNTS);
            Duration wallTime = Duration.ofNanos(System.nanoTime() - started);
            if (report.dryRun()) {
                DryRunReport.print(report, json ? root.err() : root.out());
            } else {
                SummaryTable.print(report, warehouse.config().redactedUrl(), wallTime, json ? root.err() : root.out());
            }
            if (json) {
                root.printJson(warehouse, report, wallTime, Map.of());
            }
            return ExitCodes.of(report.status());
        }
    }

    private SyncRequest request() {
        if (full && since != null) {
            throw new ParameterException(spec.commandLine(), "--full and --since exclude each other");
        }
        if (batchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1, got " + batchSize);
        }
        if (parallel < 1) {
            throw new ParameterException(spec.commandLine(), "--parallel must be at least 1, got " + parallel);
        }
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        return new SyncRequest(streams, full, since, dryRun, limit == null ? 0 : limit, batchSize, parallel);
    }
}
