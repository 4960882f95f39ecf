package dev.ingest.runner;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.InvalidSettingsException;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.warehouse.Warehouse;
import dev.ingest.core.warehouse.WarehouseException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "check",
        description =
                "Prove the warehouse and the connector's settings work: the warehouse opened, one read-only call per stream.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private IngestCommand root;

    @Parameters(paramLabel = "<connector>", description = "A connector's name, as `ingest connectors` lists it.")
    private String connectorName;

    @Override
    public Integer call() {
        Connector connector = root.connector(connectorName);
        PrintWriter out = root.out();
        Settings settings;
        try {
            settings = root.settings(connector);
        } catch (InvalidSettingsException e) {
            // Every problem at once, each on its line, so that one run of check finds them all.
            e.problems().forEach(problem -> root.err().println("ingest: " + ErrorReporter.oneLine(problem)));
            root.err().flush();
            return ExitCodes.USAGE;
        }
        int failed = checkWarehouse(out) ? 0 : 1;
        try (Client client = connector.open(settings)) {
            for (Stream stream : connector.discover(client)) {
                try {
                    client.check(stream);
                    out.println(stream.name() + ": ok");
                } catch (RuntimeException e) {
                    failed++;
                    out.println(stream.name() + ": failed: " + ErrorReporter.oneLine(e.getMessage()));
                }
                out.flush();
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Opening the warehouse connects and creates the ingest schema where missing: what a sync does first. */
    private boolean checkWarehouse(PrintWriter out) {
        try (Warehouse warehouse = root.openWarehouse()) {
            out.println("warehouse: ok (" + warehouse.config().redactedUrl() + ")");
            return true;
        } catch (WarehouseException e) {
            out.println("warehouse: failed: " + ErrorReporter.oneLine(e.getMessage()));
            return false;
        } finally {
            out.flush();
        }
    }
}
