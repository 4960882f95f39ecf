package dev.ingest.runner;

import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.ConnectorRegistry;
import dev.ingest.core.internal.command.CommandContext;
import dev.ingest.core.internal.command.CommandProvider;
import dev.ingest.core.internal.command.ProgressText;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.history.RunLog;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.RawPolicy;
import dev.ingest.core.spi.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code ingest} command: global options and what every subcommand shares. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = IngestCommand.Version.class,
        description = "Moves data out of CRM and marketing systems into a SQL warehouse.",
        subcommands = {
            ConnectorsCommand.class,
            CheckCommand.class,
            SyncCommand.class,
            RunsCommand.class,
            RejectsCommand.class,
            StateCommand.class,
            SeedCommand.class,
            CommandLine.HelpCommand.class
        })
public final class IngestCommand implements Callable<Integer>, CommandContext {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--warehouse",
            paramLabel = "<jdbc-url>",
            scope = ScopeType.INHERIT,
            description = "jdbc:postgresql://host:port/db or jdbc:duckdb:<file>; default: $"
                    + WarehouseConfig.URL_VARIABLE
                    + ", else the DuckDB file ingest-data/warehouse.duckdb in the current directory. "
                    + "Credentials come from $" + WarehouseConfig.USER_VARIABLE + " and $"
                    + WarehouseConfig.PASSWORD_VARIABLE + ".")
    private String warehouseUrl;

    @Option(
            names = "--config",
            paramLabel = "<file.properties>",
            scope = ScopeType.INHERIT,
            description =
                    "Connector settings and INGEST_WAREHOUSE_* keys by full name (HUBSPOT_ACCESS_TOKEN=...); they win over"
                            + " environment variables; an unknown key is refused.")
    private Path configFile;

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Log at info level and show stack traces of errors.")
    private boolean verbose;

    @Option(
            names = "--progress-every",
            paramLabel = "<seconds>",
            defaultValue = "30",
            scope = ScopeType.INHERIT,
            description = "Without a terminal (cron, output to a file), a timestamped line with each running stream's"
                    + " rows and rows/s this often (default: ${DEFAULT-VALUE}); streams' starts and ends are"
                    + " lines of their own.")
    private int progressEvery;

    private final Map<String, String> environment;
    private final boolean terminal;
    private final BufferedReader input;

    /**
     * @param environment where settings and warehouse credentials are looked up
     * @param terminal    whether a person is watching, so progress can be redrawn in place
     * @param input       where answers to questions are read from
     */
    IngestCommand(Map<String, String> environment, boolean terminal, Reader input) {
        this.environment = Map.copyOf(environment);
        this.terminal = terminal;
        this.input = new BufferedReader(input);
    }

    public static void main(String[] args) {
        Reader stdin = new InputStreamReader(System.in, Charset.defaultCharset());
        int code = commandLine(System.getenv(), System.console() != null, stdin).execute(args);
        CancelOnShutdown.exiting(code);
        System.exit(code);
    }

    static CommandLine commandLine(Map<String, String> environment, boolean terminal, Reader input) {
        IngestCommand root = new IngestCommand(environment, terminal, input);
        CommandLine cli = new CommandLine(root);
        // Commands of the connector modules on the class path (import), which the runner does not name.
        for (CommandProvider provider : ServiceLoader.load(CommandProvider.class)) {
            provider.commands(root).forEach(cli::addSubcommand);
        }
        ErrorReporter errors = new ErrorReporter(() -> root.verbose);
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        cli.setExecutionStrategy(parseResult -> {
            root.configureLogging();
            return new CommandLine.RunLast().execute(parseResult);
        });
        return cli;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return ExitCodes.USAGE;
    }

    @Override
    public Connector connector(String name) {
        return ConnectorRegistry.load().get(name);
    }

    ConnectorRegistry connectors() {
        return ConnectorRegistry.load();
    }

    @Override
    public Settings settings(Connector connector) {
        return new SettingsLoader(environment, configFile).load(connector);
    }

    @Override
    public RawPolicy rawPolicy(Connector connector) {
        return RawPolicy.of(new SettingsLoader(environment, configFile).given(connector));
    }

    WarehouseConfig warehouseConfig() {
        return WarehouseConfig.resolve(warehouseUrl, new SettingsLoader(environment, configFile).environmentWithFile());
    }

    @Override
    public Warehouse openWarehouse() {
        return Warehouse.open(warehouseConfig());
    }

    /** Answers to the questions a command asks before it changes something (state reset). */
    BufferedReader input() {
        return input;
    }

    @Override
    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public SyncReport sync(
            Warehouse warehouse, Connector connector, Client client, SyncRequest request, ProgressText text) {
        if (progressEvery < 1) {
            throw new ParameterException(
                    spec.commandLine(), "--progress-every must be at least 1, got " + progressEvery);
        }
        SyncEngine engine = new SyncEngine(warehouse);
        CancelOnShutdown cancel = CancelOnShutdown.register(engine, err(), terminal);
        try (SyncProgress progress = SyncProgress.open(
                terminal, text, err(), () -> TerminalWidth.of(environment), Duration.ofSeconds(progressEvery))) {
            return engine.sync(connector, client, request, progress.listener());
        } finally {
            cancel.release();
        }
    }

    @Override
    public void printJson(Warehouse warehouse, SyncReport report, Duration wallTime, Map<String, ?> fields) {
        JsonDocument.print(out(), JsonDocument.sync(report, wallTime, new RunLog(warehouse.dsl()), fields));
    }

    @Override
    public int exitCode(RunStatus status) {
        return ExitCodes.of(status);
    }

    /** slf4j-simple reads its level once, when the first logger is made, so this runs before any command does. */
    private void configureLogging() {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = IngestCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"ingest " + properties.getProperty("version", "unknown")};
        }
    }
}
