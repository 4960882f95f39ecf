package dev.ingest.runner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.WarehouseException;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.InvalidSettingsException;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(
            names = "--json",
            description = "One JSON document on stdout: {\"connector\", \"status\", \"checks\": [{\"name\","
                    + " \"status\", \"error\"}]}, the warehouse first; the lines for a person go to stderr.")
    private boolean json;

    /** What one check found: the warehouse's or a stream's. */
    private record Outcome(String name, String error) {
        boolean ok() {
            return error == null;
        }
    }

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
        PrintWriter text = json ? root.err() : out;
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(checkWarehouse(text));
        try (Client client = connector.open(settings)) {
            for (Stream stream : connector.discover(client)) {
                String error = null;
                try {
                    client.check(stream);
                } catch (RuntimeException e) {
                    error = ErrorReporter.oneLine(
                            e.getMessage() == null ? ErrorReporter.unexpected(e) : e.getMessage());
                }
                outcomes.add(report(text, new Outcome(stream.name(), error)));
            }
        }
        boolean allOk = outcomes.stream().allMatch(Outcome::ok);
        if (json) {
            ObjectNode document =
                    JsonDocument.object().put("connector", connector.name()).put("status", allOk ? "ok" : "failed");
            ArrayNode checks = document.putArray("checks");
            outcomes.forEach(o -> checks.addObject()
                    .put("name", o.name())
                    .put("status", o.ok() ? "ok" : "failed")
                    .put("error", o.error()));
            JsonDocument.print(out, document);
        }
        return allOk ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static Outcome report(PrintWriter text, Outcome outcome) {
        text.println(outcome.name() + ": " + (outcome.ok() ? "ok" : "failed: " + outcome.error()));
        text.flush();
        return outcome;
    }

    /** Opening the warehouse connects and creates the ingest schema where missing: what a sync does first. */
    private Outcome checkWarehouse(PrintWriter text) {
        try (Warehouse warehouse = root.openWarehouse()) {
            text.println("warehouse: ok (" + warehouse.config().redactedUrl() + ")");
            text.flush();
            return new Outcome("warehouse", null);
        } catch (WarehouseException e) {
            return report(text, new Outcome("warehouse", ErrorReporter.oneLine(e.getMessage())));
        }
    }
}
