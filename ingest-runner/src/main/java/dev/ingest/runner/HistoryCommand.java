package dev.ingest.runner;

import static dev.ingest.runner.TextTable.Column.left;
import static dev.ingest.runner.TextTable.Column.right;

import dev.ingest.core.history.SyncRun;
import dev.ingest.core.warehouse.Warehouse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "history", description = "Show recent syncs, one row per stream, newest first.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    private IngestCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--connector", paramLabel = "<name>", description = "Only this connector's runs.")
    private String connector;

    @Option(
            names = "--limit",
            paramLabel = "<n>",
            defaultValue = "20",
            description = "How many runs to show (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        List<SyncRun> runs;
        try (Warehouse warehouse = root.openWarehouse()) {
            runs = warehouse.history().recent(connector, limit);
        }
        if (runs.isEmpty()) {
            root.out().println("no syncs recorded in " + root.warehouseConfig().redactedUrl());
            root.out().flush();
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(
                left("STARTED"),
                left("CONNECTOR"),
                left("STREAM"),
                left("MODE"),
                left("STATUS"),
                right("PROCESSED"),
                right("CREATED"),
                right("UPDATED"),
                right("UNCHANGED"),
                right("REJECTED"),
                right("SECONDS"),
                left("ERROR"));
        for (SyncRun run : runs) {
            table.row(
                    run.startedAt().truncatedTo(ChronoUnit.SECONDS),
                    run.connector(),
                    run.stream(),
                    run.mode(),
                    run.status().label(),
                    run.counts().processed(),
                    run.counts().created(),
                    run.counts().updated(),
                    run.counts().unchanged(),
                    run.counts().rejected(),
                    seconds(run.startedAt(), run.finishedAt()),
                    run.error());
        }
        table.print(root.out(), "");
        return ExitCodes.OK;
    }

    private static String seconds(Instant started, Instant finished) {
        return finished == null
                ? null
                : String.format(
                        Locale.ROOT, "%.1f", Duration.between(started, finished).toMillis() / 1000.0);
    }
}
