package dev.ingest.genius.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.genius.streams.TableDefinition.SourceColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The table definitions, kept as data: the built-in {@code streams.yaml} with a site's own file laid over
 * it, so a schema that differs is handled by configuration, not code.
 */
public final class TableCatalog {

    private static final String BUILT_IN = "/dev/ingest/genius/streams.yaml";
    /** A stream's name is also its warehouse table's: the rule of a column name (see {@link Column}). */
    private static final Pattern STREAM_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private TableCatalog() {}

    /** The built-in definitions, in load order. */
    public static List<TableDefinition> builtIn() {
        try (InputStream in = TableCatalog.class.getResourceAsStream(BUILT_IN)) {
            return List.copyOf(
                    layer(Map.of(), in.readAllBytes(), "built-in " + BUILT_IN).values());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUILT_IN, e);
        }
    }

    /**
     * The built-in definitions with {@code override}'s streams replacing those of the same name, new ones
     * added at the end and those marked {@code skip: true} dropped.
     *
     * @param setting the setting that named the file, for error messages
     */
    public static List<TableDefinition> withOverride(Path override, String setting) {
        byte[] yaml;
        try {
            yaml = Files.readAllBytes(override);
        } catch (IOException e) {
            throw new ConfigException(setting + ": cannot read " + override + ": " + e.getMessage());
        }
        Map<String, TableDefinition> builtIn = new LinkedHashMap<>();
        builtIn().forEach(d -> builtIn.put(d.name(), d));
        return List.copyOf(layer(builtIn, yaml, setting + " (" + override + ")").values());
    }

    /** {@code base} with the file's streams laid over it; any error names the file, the line and the stream. */
    private static Map<String, TableDefinition> layer(Map<String, TableDefinition> base, byte[] yaml, String origin) {
        Map<String, TableDefinition> merged = new LinkedHashMap<>(base);
        Map<String, Integer> lines = new HashMap<>();
        for (StreamEntries.Entry entry : StreamEntries.read(yaml, origin)) {
            String at = origin + ", line " + entry.line();
            String name = name(entry.node(), at);
            Integer first = lines.putIfAbsent(name, entry.line());
            if (first != null) {
                throw new ConfigException(at + ": stream " + name + " is defined twice (first on line " + first + ")");
            }
            if (entry.node().path("skip").asBoolean(false)) {
                if (!base.containsKey(name)) {
                    throw new ConfigException(
                            at + ": stream " + name + " is skipped but there is no such stream; the built-in ones: "
                                    + String.join(", ", base.keySet()));
                }
                merged.remove(name);
                continue;
            }
            String where = at + ", stream " + name;
            try {
                merged.put(name, definition(entry.node(), name, where, at));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + ": " + e.getMessage());
            }
        }
        return merged;
    }

    private static String name(JsonNode stream, String at) {
        String name = optional(stream, "name");
        if (name == null) {
            throw new ConfigException(at + ": a stream needs 'name'");
        }
        if (!STREAM_NAME.matcher(name).matches()) {
            throw new ConfigException(
                    at + ": stream name '" + name + "' must be lower-case letters, digits and underscores,"
                            + " starting with a letter or underscore, at most 63 characters");
        }
        return name;
    }

    /** @param origin the file and line, which the definition keeps for the errors of reading its table */
    private static TableDefinition definition(JsonNode stream, String name, String where, String origin) {
        List<String> key = new ArrayList<>();
        stream.path("key").forEach(k -> key.add(k.asText()));
        if (key.isEmpty()) {
            throw new ConfigException(where + ": 'key' must list the primary key columns");
        }
        JsonNode columnsNode = stream.path("columns");
        if (!columnsNode.isObject() || columnsNode.isEmpty()) {
            throw new ConfigException(where + ": 'columns' must map column names to types");
        }
        List<SourceColumn> columns = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = columnsNode.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode spec = field.getValue();
            String type = spec.isObject() ? spec.path("type").asText() : spec.asText();
            String source = spec.isObject() && spec.hasNonNull("source")
                    ? spec.get("source").asText()
                    : field.getKey();
            columns.add(new SourceColumn(new Column(field.getKey(), type(type, field.getKey())), source));
        }
        String cursor = optional(stream, "cursor");
        String softDelete = optional(stream, "soft_delete");
        TableDefinition definition =
                new TableDefinition(name, required(stream, "table", where), key, cursor, softDelete, columns, origin);
        key.forEach(definition::column);
        if (cursor != null && definition.column(cursor).column().type() != ColumnType.TIMESTAMP) {
            throw new ConfigException(where + ": cursor " + cursor + " must be a timestamp column");
        }
        if (softDelete != null) {
            ColumnType flagType = definition.column(softDelete).column().type();
            if (flagType != ColumnType.BOOLEAN && flagType != ColumnType.TIMESTAMP) {
                throw new ConfigException(
                        where + ": soft_delete " + softDelete + " must be a boolean or timestamp column");
            }
        }
        return definition;
    }

    private static ColumnType type(String text, String column) {
        try {
            return ColumnType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column " + column + " has type '" + text
                    + "'; the types are text, integer, decimal, boolean, date, timestamp, json");
        }
    }

    private static String required(JsonNode node, String field, String where) {
        String value = optional(node, field);
        if (value == null) {
            throw new ConfigException(where + ": needs '" + field + "'");
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
