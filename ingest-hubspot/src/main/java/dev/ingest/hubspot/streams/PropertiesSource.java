package dev.ingest.hubspot.streams;

import static dev.ingest.core.spi.JsonFields.field;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.http.paging.CursorPager;
import dev.ingest.http.paging.PhasedReader;
import dev.ingest.hubspot.schema.Catalog;
import dev.ingest.hubspot.schema.ObjectType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code hubspot.properties}: every property definition of every object type, custom objects' included. */
public final class PropertiesSource implements StreamSource {

    private static final List<String> KEY = List.of("object_type", "name");
    private static final JsonFields FIELDS = new JsonFields(
            List.of(
                    field("object_type", ColumnType.TEXT, "objectType"),
                    field("name", ColumnType.TEXT, "name"),
                    field("label", ColumnType.TEXT, "label"),
                    field("type", ColumnType.TEXT, "type"),
                    field("field_type", ColumnType.TEXT, "fieldType"),
                    field("group_name", ColumnType.TEXT, "groupName"),
                    field("description", ColumnType.TEXT, "description"),
                    field("options", ColumnType.JSON, "options"),
                    field("calculated", ColumnType.BOOLEAN, "calculated"),
                    field("hubspot_defined", ColumnType.BOOLEAN, "hubspotDefined"),
                    field("has_unique_value", ColumnType.BOOLEAN, "hasUniqueValue"),
                    field("created_at", ColumnType.TIMESTAMP, "createdAt"),
                    field("updated_at", ColumnType.TIMESTAMP, "updatedAt"),
                    field("archived", ColumnType.BOOLEAN, "archived")),
            KEY,
            new JsonFields.SoftDelete("archived", "archivedAt"));

    public static final Stream STREAM =
            new Stream("properties", "properties", KEY, FIELDS.columns(), null, FIELDS).withDeletionDetection();

    private final Catalog catalog;

    public PropertiesSource(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Stream stream() {
        return STREAM;
    }

    @Override
    public RecordReader read(ReadRequest request) {
        Map<String, Function<String, RecordReader>> phases = new LinkedHashMap<>();
        for (ObjectType type : catalog.objectTypes()) {
            phases.put(
                    type.stream(),
                    ignored -> CursorPager.onePage(() -> catalog.rawProperties(type).stream()
                            .map(p -> ((ObjectNode) p.deepCopy()).put("objectType", type.stream()))
                            .toList()));
        }
        return new PhasedReader(phases, request.checkpoint());
    }

    @Override
    public void check() {
        catalog.rawProperties(catalog.objectTypes().get(0));
    }
}
