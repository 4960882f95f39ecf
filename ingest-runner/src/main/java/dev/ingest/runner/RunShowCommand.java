package dev.ingest.runner;

import static dev.ingest.runner.TextTable.Column.left;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.RejectedRecord;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.history.RunLog;
import dev.ingest.core.internal.warehouse.Warehouse;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "show",
        description = "One run: its counts, cursors before and after, error, duration, host and pid, first rejects.")
final class RunShowCommand implements Callable<Integer> {

    /** How many rejects a run's page shows; {@code ingest rejects} lists them all. */
    static final int FIRST_REJECTS = 5;

    @ParentCommand
    private RunsCommand runs;

    @Parameters(paramLabel = "<run-id>", description = "A run's id, as `ingest runs` lists it.")
    private String runId;

    @Option(names = "--json", description = "One JSON document on stdout: the run, with \"rejects\": [...].")
    private boolean json;

    @Override
    public Integer call() {
        IngestCommand root = runs.root();
        RunLog.Entry entry;
        List<RejectedRecord> rejects;
        try (Warehouse warehouse = root.openWarehouse()) {
            entry = RunLookup.find(warehouse, runId);
            rejects = warehouse.rejects().forRun(runId, FIRST_REJECTS);
        }
        if (json) {
            ObjectNode document = JsonDocument.run(entry);
            ArrayNode array = document.putArray("rejects");
            rejects.forEach(reject -> array.add(JsonDocument.reject(reject)));
            JsonDocument.print(root.out(), document);
            return ExitCodes.OK;
        }
        print(root.out(), entry, rejects);
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, RunLog.Entry entry, List<RejectedRecord> rejects) {
        SyncRun run = entry.run();
        TextTable fields = new TextTable(left("RUN"), left(run.id()))
                .row("invocation", run.invocationId())
                .row("connector", run.connector())
                .row("stream", run.stream())
                .row("mode", run.mode())
                .row("status", run.status().label())
                .row("started", run.startedAt())
                .row("finished", run.finishedAt())
                .row("last batch", entry.heartbeatAt())
                .row("seconds", RunsCommand.seconds(run))
                .row("host", entry.host())
                .row("pid", entry.pid())
                .row("batches", entry.batches())
                .row("processed", run.counts().processed())
                .row("created", run.counts().created())
                .row("updated", run.counts().updated())
                .row("unchanged", run.counts().unchanged())
                .row("rejected", run.counts().rejected())
                .row("deleted", run.counts().deleted())
                .row("cursor before", run.cursorBefore())
                .row("cursor after", run.cursorAfter())
                .row("error", run.error());
        fields.print(out, "");
        if (rejects.isEmpty()) {
            return;
        }
        out.println();
        out.println("first rejects (`ingest rejects " + run.id() + "` lists all "
                + run.counts().rejected() + "):");
        TextTable table = new TextTable(left("SOURCE_ID"), left("LOCATION"), left("REASON"));
        rejects.forEach(reject -> table.row(reject.sourceId(), reject.location(), reject.reason()));
        table.print(out, "  ");
    }
}
