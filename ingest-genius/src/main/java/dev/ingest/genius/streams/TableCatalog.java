package dev.ingest.genius.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.genius.streams.TableDefinition.SourceColumn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table definitions, kept as data: the built-in {@code streams.yaml} with a site's own file laid over
 * it, so a schema that differs is handled by configuration, not code.
 */
public final class TableCatalog {

    private static final String BUILT_IN = "/dev/ingest/genius/streams.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private TableCatalog() {
    }

    /** The built-in definitions, in load order. */
    public static List<TableDefinition> builtIn() {
        try (InputStream in = TableCatalog.class.getResourceAsStream(BUILT_IN)) {
            return parse(YAML.readTree(in), "built-in " + BUILT_IN).values().stream().toList();
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
        JsonNode tree;
        try {
            tree = YAML.readTree(Files.readAllBytes(override));
        } catch (IOException e) {
            throw new ConfigException(setting + ": cannot read " + override + ": " + e.getMessage());
        }
        String origin = setting + " (" + override + ")";
        Map<String, TableDefinition> merged = new LinkedHashMap<>();
        builtIn().forEach(d -> merged.put(d.name(), d));
        merged.putAll(parse(tree, origin));
        for (JsonNode stream : tree.path("streams")) {
            if (stream.path("skip").asBoolean(false)) {
                merged.remove(stream.path("name").asText());
            }
        }
        return List.copyOf(merged.values());
    }

    private static Map<String, TableDefinition> parse(JsonNode tree, String origin) {
        if (tree == null || !tree.path("streams").isArray()) {
            throw new ConfigException(origin + ": expected a list under 'streams'");
        }
        Map<String, TableDefinition> definitions = new LinkedHashMap<>();
        for (JsonNode stream : tree.path("streams")) {
            String name = text(stream, "name", origin, "a stream");
            if (stream.path("skip").asBoolean(false)) {
                continue;
            }
            String where = origin + ", stream " + name;
            try {
                definitions.put(name, definition(stream, name, where));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + ": " + e.getMessage());
            }
        }
        return definitions;
    }

    private static TableDefinition definition(JsonNode stream, String name, String where) {
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
            String source = spec.isObject() && spec.hasNonNull("source") ? spec.get("source").asText() : field.getKey();
            columns.add(new SourceColumn(new Column(field.getKey(), type(type, field.getKey())), source));
        }
        String cursor = optional(stream, "cursor");
        String softDelete = optional(stream, "soft_delete");
        TableDefinition definition = new TableDefinition(name, text(stream, "table", where, "'table'"), key, cursor, softDelete, columns);
        key.forEach(definition::column);
        if (cursor != null && definition.column(cursor).column().type() != ColumnType.TIMESTAMP) {
            throw new ConfigException(where + ": cursor " + cursor + " must be a timestamp column");
        }
        if (softDelete != null) {
            ColumnType flagType = definition.column(softDelete).column().type();
            if (flagType != ColumnType.BOOLEAN && flagType != ColumnType.TIMESTAMP) {
                throw new ConfigException(where + ": soft_delete " + softDelete + " must be a boolean or timestamp column");
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

    private static String text(JsonNode node, String field, String where, String what) {
        String value = optional(node, field);
        if (value == null) {
            throw new ConfigException(where + ": " + what + " needs '" + field + "'");
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
