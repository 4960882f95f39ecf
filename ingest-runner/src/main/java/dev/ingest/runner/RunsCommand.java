package dev.ingest.runner;

import static dev.ingest.runner.TextTable.Column.left;
import static dev.ingest.runner.TextTable.Column.right;

import dev.ingest.core.RunQuery;
import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.KnownNames;
import dev.ingest.core.internal.history.RunLog;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.spi.ConfigException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "runs",
        aliases = "history",
        description = "List recorded runs, one row per stream, newest first, with their ids.",
        subcommands = RunShowCommand.class)
final class RunsCommand implements Callable<Integer> {

    @ParentCommand
    private IngestCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--connector", paramLabel = "<name>", description = "Only this connector's runs.")
    private String connector;

    @Option(names = "--stream", paramLabel = "<name>", description = "Only this stream's runs.")
    private String stream;

    @Option(
            names = "--status",
            paramLabel = "<status>",
            description = "Only runs of this status: running, success, partial, failed, cancelled or skipped.")
    private String status;

    @Option(
            names = "--since",
            paramLabel = "<ISO-8601>",
            description = "Only runs started at or after this instant (2026-12-01T06:00:00Z) or day (2026-12-01, UTC).")
    private String since;

    @Option(
            names = "--limit",
            paramLabel = "<n>",
            defaultValue = "20",
            description = "How many rows to show (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "One JSON document on stdout: {\"runs\": [...]}.")
    private boolean json;

    IngestCommand root() {
        return root;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        RunQuery filter = new RunQuery(connector, stream, status(), since(), limit);
        List<RunLog.Entry> runs;
        try (Warehouse warehouse = root.openWarehouse()) {
            RunLog log = new RunLog(warehouse.dsl());
            KnownNames names = new KnownNames(root.connectors(), log);
            if (connector != null) {
                names.connector(connector);
                if (stream != null) {
                    names.streams(connector, List.of(stream));
                }
            } else if (stream != null) {
                names.anyConnectorsStream(stream);
            }
            runs = log.find(filter);
        }
        if (json) {
            JsonDocument.printList(root.out(), "runs", runs, JsonDocument::run);
        }
        if (runs.isEmpty()) {
            // With --json the document says so already; the sentence is for a person.
            PrintWriter text = json ? root.err() : root.out();
            text.println("no runs recorded in " + root.warehouseConfig().redactedUrl());
            text.flush();
        } else if (!json) {
            table(runs).print(root.out(), "");
        }
        return ExitCodes.OK;
    }

    private static TextTable table(List<RunLog.Entry> runs) {
        List<TextTable.Column> columns = new ArrayList<>(
                List.of(left("ID"), left("STARTED"), left("CONNECTOR"), left("STREAM"), left("MODE"), left("STATUS")));
        columns.addAll(CountColumns.HEADERS);
        columns.addAll(List.of(right("SECONDS"), left("ERROR")));
        TextTable table = new TextTable(columns);
        for (RunLog.Entry entry : runs) {
            SyncRun run = entry.run();
            List<Object> cells = new ArrayList<>(Arrays.asList(
                    run.id(),
                    run.startedAt().truncatedTo(ChronoUnit.SECONDS),
                    run.connector(),
                    run.stream(),
                    run.mode(),
                    run.status().label()));
            cells.addAll(CountColumns.cells(run.counts()));
            cells.add(seconds(run));
            cells.add(run.error());
            table.row(cells);
        }
        return table;
    }

    static String seconds(SyncRun run) {
        Double seconds = JsonDocument.durationSeconds(run);
        return seconds == null ? null : String.format(Locale.ROOT, "%.1f", seconds);
    }

    private RunStatus status() {
        if (status == null) {
            return null;
        }
        try {
            return RunStatus.fromLabel(status);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--status must be one of "
                    + Arrays.stream(RunStatus.values()).map(RunStatus::label).collect(Collectors.joining(", "))
                    + ", got '" + status + "'");
        }
    }

    private Instant since() {
        if (since == null) {
            return null;
        }
        try {
            return since.contains("T")
                    ? Instant.parse(since)
                    : LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ConfigException(
                    "--since must be an instant (2026-12-01T06:00:00Z) or a day (2026-12-01), got '" + since + "'");
        }
    }
}
