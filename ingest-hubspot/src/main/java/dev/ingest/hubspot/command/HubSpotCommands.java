package dev.ingest.hubspot.command;

import dev.ingest.core.command.CommandContext;
import dev.ingest.core.command.CommandProvider;
import java.util.List;

/** {@code ingest seed hubspot}: sample records into a sandbox portal. */
public final class HubSpotCommands implements CommandProvider {

    @Override
    public List<Object> commands(CommandContext context) {
        return List.of(new SeedCommand(context));
    }
}
