package dev.ingest.hubspot.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.command.CommandContext;
import dev.ingest.core.history.RunStatus;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.http.client.JsonApi;
import dev.ingest.hubspot.api.HubSpotClient;
import dev.ingest.hubspot.seed.HubSpotSeeder;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest seed hubspot <object> --count N [--dry-run] [--seed S]}: fills a sandbox portal with valid
 * sample records through the batch upsert endpoint. {@code --count 1} is the tracer bullet; a repeated run
 * updates the same records instead of duplicating them.
 */
@Command(
        name = "seed",
        description = "Create sample records in a sandbox account (HubSpot), 100 per call, idempotently.")
final class SeedCommand implements Callable<Integer> {

    /** Payloads a dry run prints: enough to read, not a flood. */
    private static final int DRY_RUN_SAMPLES = 3;

    private final CommandContext context;

    @Parameters(
            index = "0",
            paramLabel = "<connector>",
            description = "The connector to seed; only hubspot can be seeded.")
    private String connectorName;

    @Parameters(
            index = "1",
            paramLabel = "<object>",
            description = "The object type to create: contacts, companies, deals, or a custom object.")
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

    SeedCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (count < 1) {
            throw new ConfigException("--count must be at least 1, got " + count);
        }
        Connector connector = context.connector(connectorName);
        PrintWriter out = context.out();
        try (Client client = connector.open(context.settings(connector))) {
            if (!(client instanceof HubSpotClient hubspot)) {
                throw new ConfigException("seeding is supported for hubspot only, not " + connectorName);
            }
            HubSpotSeeder seeder = new HubSpotSeeder(hubspot.api(), hubspot.catalog(), seed);
            if (dryRun) {
                List<ObjectNode> payloads = seeder.payloads(object, count);
                ObjectNode first = payloads.get(0).deepCopy();
                var inputs = first.withArray("inputs");
                while (inputs.size() > DRY_RUN_SAMPLES) {
                    inputs.remove(inputs.size() - 1);
                }
                out.println("dry run: " + count + " " + object + " in " + payloads.size()
                        + " batch upsert call(s); nothing sent. First payloads:");
                out.println(JsonApi.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(first));
                return context.exitCode(RunStatus.SUCCESS);
            }
            HubSpotSeeder.Result result = seeder.seed(object, count);
            out.println(result.object() + ": " + result.records() + " records in " + result.calls() + " call(s): "
                    + result.created() + " created, " + result.updated() + " updated");
            return context.exitCode(RunStatus.SUCCESS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        } finally {
            out.flush();
        }
    }
}
