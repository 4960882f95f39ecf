package dev.ingest.runner;

import static dev.ingest.runner.TextTable.Column.left;

import dev.ingest.core.StreamState;
import dev.ingest.core.internal.history.RunLog;
import dev.ingest.core.internal.warehouse.Warehouse;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "state",
        description = "Each stream's stored cursor, which its next incremental run starts from, and where an"
                + " interrupted run will resume.",
        subcommands = StateResetCommand.class)
final class StateCommand implements Callable<Integer> {

    @ParentCommand
    private IngestCommand root;

    @Parameters(
            arity = "0..1",
            paramLabel = "<connector>",
            description = "Only this connector's streams; default: every connector's.")
    private String connector;

    @Option(names = "--json", description = "One JSON document on stdout: {\"states\": [...]}.")
    private boolean json;

    IngestCommand root() {
        return root;
    }

    @Override
    public Integer call() {
        if (connector != null) {
            root.connectors().get(connector);
        }
        List<RunLog.StoredState> states;
        try (Warehouse warehouse = root.openWarehouse()) {
            states = new RunLog(warehouse.dsl()).states(connector);
        }
        if (json) {
            JsonDocument.printList(root.out(), "states", states, JsonDocument::state);
        }
        if (states.isEmpty()) {
            PrintWriter text = json ? root.err() : root.out();
            text.println(
                    "no stream state stored in " + root.warehouseConfig().redactedUrl() + ": every next run is full");
            text.flush();
        } else if (!json) {
            TextTable table =
                    new TextTable(left("CONNECTOR"), left("STREAM"), left("CURSOR"), left("RESUMES"), left("UPDATED"));
            for (RunLog.StoredState stored : states) {
                table.row(
                        stored.connector(),
                        stored.stream(),
                        stored.state().cursor(),
                        resumes(stored.state().resume()),
                        stored.updatedAt() == null ? null : stored.updatedAt().truncatedTo(ChronoUnit.SECONDS));
            }
            table.print(root.out(), "");
        }
        return ExitCodes.OK;
    }

    /** Where the interrupted run will go on, or {@code null} when the last run finished. */
    private static String resumes(StreamState.Resume resume) {
        if (resume == null || resume.checkpoint() == null) {
            return null;
        }
        return resume.mode() + " run after " + resume.checkpoint()
                + (resume.windowCursor() == null ? "" : " (from cursor " + resume.windowCursor() + ")");
    }
}
