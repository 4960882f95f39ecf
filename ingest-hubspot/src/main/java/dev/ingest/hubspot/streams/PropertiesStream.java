package dev.ingest.hubspot.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import dev.ingest.core.spi.Stream;
import dev.ingest.http.streams.RestStream;
import dev.ingest.http.streams.RestStream.Phase;
import dev.ingest.hubspot.schema.ObjectType;
import java.util.List;

/** {@code hubspot.properties}: every property definition of every object type, custom objects' included. */
public final class PropertiesStream {

    private PropertiesStream() {}

    /** The definitions of {@code types}, each type's read in a phase of its own and marked with the type's stream. */
    public static Stream of(List<ObjectType> types) {
        RestStream.Builder stream = RestStream.named("properties").records("results");
        types.forEach(type -> stream.phase(Phase.named(type.stream())
                .get("/crm/v3/properties/" + type.apiName())
                .mark("objectType", type.stream())));
        return stream
                .key("object_type", "name")
                .softDelete("archived", "archivedAt")
                .column("object_type", TEXT, "objectType")
                .column("name", TEXT, "name")
                .column("label", TEXT, "label")
                .column("type", TEXT, "type")
                .column("field_type", TEXT, "fieldType")
                .column("group_name", TEXT, "groupName")
                .column("description", TEXT, "description")
                .column("options", JSON, "options")
                .column("calculated", BOOLEAN, "calculated")
                .column("hubspot_defined", BOOLEAN, "hubspotDefined")
                .column("has_unique_value", BOOLEAN, "hasUniqueValue")
                .column("created_at", TIMESTAMP, "createdAt")
                .column("updated_at", TIMESTAMP, "updatedAt")
                .column("archived", BOOLEAN, "archived")
                .build()
                .stream()
                .withDeletionDetection();
    }
}
