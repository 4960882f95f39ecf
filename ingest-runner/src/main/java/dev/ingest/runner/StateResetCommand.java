package dev.ingest.runner;

import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.KnownNames;
import dev.ingest.core.internal.history.RunLog;
import dev.ingest.core.internal.warehouse.Warehouse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "reset", description = "Forget the streams' cursors and resume points, so that their next run is full.")
final class StateResetCommand implements Callable<Integer> {

    @ParentCommand
    private StateCommand state;

    @Parameters(index = "0", paramLabel = "<connector>", description = "A connector's name.")
    private String connector;

    @Parameters(
            index = "1..*",
            paramLabel = "<stream>",
            description = "The streams to reset; default: every stream of the connector with a stored state.")
    private List<String> streams = List.of();

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    private boolean yes;

    @Override
    public Integer call() throws IOException {
        IngestCommand root = state.root();
        PrintWriter err = root.err();
        try (Warehouse warehouse = root.openWarehouse()) {
            RunLog log = new RunLog(warehouse.dsl());
            KnownNames names = new KnownNames(root.connectors(), log);
            names.connector(connector);
            names.streams(connector, streams);
            List<String> chosen = streams.isEmpty()
                    ? log.states(connector).stream()
                            .map(RunLog.StoredState::stream)
                            .toList()
                    : streams;
            if (chosen.isEmpty()) {
                err.println("no stream of " + connector + " has a stored state: its next run is full already");
                err.flush();
                return ExitCodes.OK;
            }
            for (String stream : chosen) {
                // The run would save its state when it ends, undoing the reset.
                Optional<SyncRun> running = warehouse.history().running(connector, stream);
                if (running.isPresent()) {
                    err.println("ingest: " + connector + "." + stream + " is being synced by run "
                            + running.get().id() + "; nothing reset: reset it once that run has ended");
                    err.flush();
                    return ExitCodes.FAILED;
                }
            }
            if (!yes
                    && !confirmed(
                            root,
                            "reset the state of " + connector + " " + String.join(", ", chosen)
                                    + "? Their next run is full. [y/N] ")) {
                err.println("nothing reset");
                err.flush();
                return ExitCodes.FAILED;
            }
            int reset = warehouse.states().reset(connector, Set.copyOf(chosen));
            err.println("reset " + reset + " of " + connector + "'s streams (" + String.join(", ", chosen)
                    + "): their next run is full");
            err.flush();
        }
        return ExitCodes.OK;
    }

    private static boolean confirmed(IngestCommand root, String question) throws IOException {
        root.err().print(question);
        root.err().flush();
        String answer = root.input().readLine();
        if (answer == null) {
            // No one to answer (stdin closed): end the question's line.
            root.err().println();
        }
        return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
    }
}
