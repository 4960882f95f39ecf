package dev.ingest.core.internal.command;

import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.RawPolicy;
import dev.ingest.core.spi.Settings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/** What the runner gives a provided command: the options every command shares, resolved, and its output. */
public interface CommandContext {

    /** @throws ConfigException when no connector has that name */
    Connector connector(String name);

    /**
     * The connector's settings from the environment and the {@code --config} file.
     *
     * @throws ConfigException when one is missing or not valid
     */
    Settings settings(Connector connector);

    /**
     * What the connector's rows keep in {@code _raw} as the environment and the {@code --config} file say
     * ({@code <CONNECTOR>_RAW}, else {@code INGEST_RAW}, else unmapped). Unlike {@link #settings}, the connector's
     * other settings need not be given: a command may take those as its arguments.
     *
     * @throws ConfigException when the value is not a policy, or the file cannot be read or has an unknown key
     */
    RawPolicy rawPolicy(Connector connector);

    /** The warehouse the {@code --warehouse} option, the environment or the default names; the caller closes it. */
    Warehouse openWarehouse();

    PrintWriter out();

    PrintWriter err();

    /**
     * Syncs {@code connector}'s streams into {@code warehouse} as {@code ingest sync} does: Ctrl-C or SIGTERM cancels
     * the run after its current batch and waits for it to end. While it runs, a terminal shows one line redrawn in
     * place, saying {@code progress} of each running stream; without a terminal, timestamped lines are written as
     * {@code ingest sync} writes them.
     */
    SyncReport sync(
            Warehouse warehouse, Connector connector, Client client, SyncRequest request, ProgressText progress);

    /**
     * Prints the one JSON document of {@code --json} on {@link #out()}: {@code report} as {@code ingest sync --json}
     * prints it (its connector, status, dry run, {@code wallTime}, and each stream's run as {@code ingest.sync_history}
     * holds it; README, "JSON output"), with the command's own {@code fields} after {@code wall_seconds}.
     *
     * @param fields names to values (text, numbers, booleans or {@code null}), in the map's order
     */
    void printJson(Warehouse warehouse, SyncReport report, Duration wallTime, Map<String, ?> fields);

    /** The process's exit code for a run that ended so: 0 success, 3 partial, 4 skipped, 1 failed or cancelled. */
    int exitCode(RunStatus status);
}
