package dev.ingest.runner;

import static dev.ingest.runner.TextTable.Column.left;
import static dev.ingest.runner.TextTable.Column.right;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "connectors", description = "List the connectors, their settings and their streams.")
final class ConnectorsCommand implements Callable<Integer> {

    @ParentCommand
    private IngestCommand root;

    @Option(
            names = "--format",
            paramLabel = "<text|markdown>",
            defaultValue = "text",
            description =
                    "text, or markdown: each connector's settings table as its module README holds it (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--json", description = "One JSON document on stdout: {\"connectors\": [...]}.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = root.out();
        Collection<Connector> connectors = root.connectors().all();
        if (json) {
            JsonDocument.printList(out, "connectors", connectors, ConnectorsCommand::document);
            return ExitCodes.OK;
        }
        if (format.equals("markdown")) {
            connectors.forEach(connector ->
                    out.print("## " + connector.name() + " settings\n\n" + SettingsMarkdown.of(connector) + "\n"));
            out.flush();
            return ExitCodes.OK;
        }
        if (!format.equals("text")) {
            throw new ConfigException("--format must be text or markdown, got '" + format + "'");
        }
        if (connectors.isEmpty()) {
            out.println("no connectors on the class path");
        }
        String separator = "";
        for (Connector connector : connectors) {
            out.print(separator);
            separator = System.lineSeparator();
            out.println(connector.name() + " - " + connector.description());
            printSettings(out, connector);
            printStreams(out, connector);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void printSettings(PrintWriter out, Connector connector) {
        if (Settings.declared(connector).isEmpty()) {
            out.println("  settings: none");
            return;
        }
        out.println("  settings:");
        String prefix = Settings.prefix(connector.name());
        TextTable table = new TextTable(
                left("VARIABLE"), left("TYPE"), left("REQUIRED"), left("SECRET"), left("DEFAULT"), left("DESCRIPTION"));
        for (Setting setting : Settings.declared(connector)) {
            table.row(
                    prefix + setting.name(),
                    setting.type().label(),
                    yesNo(setting.required()),
                    yesNo(setting.secret()),
                    SettingsMarkdown.shownDefault(setting),
                    setting.description());
        }
        table.print(out, "    ");
    }

    private static void printStreams(PrintWriter out, Connector connector) {
        out.println("  streams:");
        TextTable table = new TextTable(left("STREAM"), left("TABLE"), left("KEY"), left("CURSOR"), right("COLUMNS"));
        for (Stream stream : connector.streams()) {
            table.row(
                    stream.name(),
                    connector.name() + "." + stream.table(),
                    String.join(",", stream.primaryKey()),
                    stream.cursorField(),
                    stream.columns().size());
        }
        table.print(out, "    ");
    }

    private static ObjectNode document(Connector connector) {
        ObjectNode node =
                JsonDocument.object().put("name", connector.name()).put("description", connector.description());
        ArrayNode settings = node.putArray("settings");
        String prefix = Settings.prefix(connector.name());
        for (Setting setting : Settings.declared(connector)) {
            settings.addObject()
                    .put("variable", prefix + setting.name())
                    .put("type", setting.type().label())
                    .put("required", setting.required())
                    .put("secret", setting.secret())
                    .put("default", SettingsMarkdown.shownDefault(setting))
                    .put("description", setting.description());
        }
        ArrayNode streams = node.putArray("streams");
        for (Stream stream : connector.streams()) {
            ObjectNode streamNode = streams.addObject()
                    .put("name", stream.name())
                    .put("table", connector.name() + "." + stream.table())
                    .put("cursor", stream.cursorField());
            stream.primaryKey().forEach(streamNode.putArray("primary_key")::add);
            streamNode.put("columns", stream.columns().size());
        }
        return node;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
