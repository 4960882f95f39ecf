package dev.ingest.csv.command;

import dev.ingest.core.internal.command.CommandContext;
import dev.ingest.core.internal.command.CommandProvider;
import java.util.List;

/** {@code ingest import}: a CSV file through a profile. */
public final class CsvCommands implements CommandProvider {

    @Override
    public List<Object> commands(CommandContext context) {
        return List.of(new ImportCommand(context));
    }
}
