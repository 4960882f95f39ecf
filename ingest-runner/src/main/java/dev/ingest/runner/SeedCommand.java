package dev.ingest.runner;

import dev.ingest.core.RunStatus;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Seeder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ingest seed <connector> <object> --count N [--dry-run] [--seed S]}: fills a sandbox account with valid
 * sample records through the {@link Seeder} the connector offers. {@code --count 1} is the tracer bullet.
 */
@Command(
        name = "seed",
        description = "Create sample records in a sandbox account, for connectors that offer seeding; idempotently"
                + " where the API allows.")
final class SeedCommand implements Callable<Integer> {

    @ParentCommand
    private IngestCommand root;

    @Parameters(index = "0", paramLabel = "<connector>", description = "The connector to seed.")
    private String connectorName;

    @Parameters(
            index = "1",
            paramLabel = "<object>",
            description = "The object type to create, as the connector names it (contacts, leads...).")
    private String object;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many records to create or update.")
    private int count;

    @Option(names = "--dry-run", description = "Print sample payloads and send nothing.")
    private boolean dryRun;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Generator seed; the same seed gives the same records (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        if (count < 1) {
            throw new ConfigException("--count must be at least 1, got " + count);
        }
        Connector connector = root.connector(connectorName);
        PrintWriter out = root.out();
        try (Client client = connector.open(root.settings(connector))) {
            Seeder seeder = connector
                    .seeder(client, seed)
                    .orElseThrow(() -> new ConfigException(connectorName + " offers no seeding"));
            if (dryRun) {
                Seeder.Plan plan = seeder.plan(object, count);
                out.println("dry run: " + count + " " + object + " in " + plan.calls() + " " + plan.call()
                        + " call(s); nothing sent. First payloads:");
                out.println(plan.sample().toPrettyString());
                return root.exitCode(RunStatus.SUCCESS);
            }
            Seeder.Result result = seeder.seed(object, count);
            out.println(result.object() + ": " + result.records() + " records in " + result.calls() + " call(s): "
                    + result.created() + " created, " + result.updated() + " updated");
            return root.exitCode(RunStatus.SUCCESS);
        } finally {
            out.flush();
        }
    }
}
