package dev.ingest.core.internal.command;

import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import java.io.PrintWriter;

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

    /** The warehouse the {@code --warehouse} option, the environment or the default names; the caller closes it. */
    Warehouse openWarehouse();

    PrintWriter out();

    PrintWriter err();

    /** Whether a person is watching, so progress can be redrawn in place. */
    boolean terminal();

    /**
     * Syncs {@code connector}'s streams into {@code warehouse} as {@code ingest sync} does: Ctrl-C or SIGTERM cancels
     * the run after its current batch and waits for it to end.
     */
    SyncReport sync(
            Warehouse warehouse, Connector connector, Client client, SyncRequest request, SyncListener listener);

    /** The process's exit code for a run that ended so: 0 success, 3 partial, 4 skipped, 1 failed or cancelled. */
    int exitCode(RunStatus status);
}
