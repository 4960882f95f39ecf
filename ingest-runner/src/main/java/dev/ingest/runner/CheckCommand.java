package dev.ingest.runner;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.InvalidSettingsException;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", description = "Prove the connector's settings work: one read-only call per stream.")
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
        int failed = 0;
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
}
