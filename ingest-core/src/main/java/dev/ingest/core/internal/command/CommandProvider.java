package dev.ingest.core.internal.command;

import java.util.List;

/**
 * Commands a connector module adds to the {@code ingest} command line beside {@code sync} and {@code check}
 * ({@code import} from ingest-csv), found through {@link java.util.ServiceLoader}
 * so that the runner names no connector. Each command is a picocli {@code @Command} object: a module that provides
 * commands depends on picocli, optionally, as only the runner loads providers.
 */
public interface CommandProvider {

    /** The module's commands, each reaching the runner's warehouse, settings and output through {@code context}. */
    List<Object> commands(CommandContext context);
}
