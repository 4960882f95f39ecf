package dev.ingest.hubspot.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ForwardingProcessor;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.Processor;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.hubspot.schema.PropertyType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A CRM object ({@code {id, properties, createdAt, updatedAt, archived, archivedAt}}) as a row: the fixed
 * columns, then one typed value per property. An archived object's row carries when it was archived.
 */
final class CrmObjectProcessor implements ForwardingProcessor {

    /** A property read into a column. */
    record PropertyColumn(String property, PropertyType type) {}

    static final int FIXED_COLUMNS = 5;

    private final List<PropertyColumn> properties;
    /** Where each column's value is in the object, for what of it the row does not hold and to rebuild it. */
    private final JsonFields fields;

    /** @param columns the stream's columns: the fixed ones, then one for each of {@code properties} */
    CrmObjectProcessor(List<Column> columns, List<PropertyColumn> properties) {
        this.properties = List.copyOf(properties);
        List<JsonFields.Field> read = new ArrayList<>();
        read.add(new JsonFields.Field(columns.get(0), "id"));
        read.add(new JsonFields.Field(columns.get(1), "createdAt"));
        read.add(new JsonFields.Field(columns.get(2), "updatedAt"));
        // A JSON boolean where properties are text, and false when missing: kept as given.
        read.add(JsonFields.derived(columns.get(3).name(), columns.get(3).type()));
        read.add(new JsonFields.Field(columns.get(4), "archivedAt"));
        for (int i = 0; i < properties.size(); i++) {
            read.add(new JsonFields.Field(
                    columns.get(FIXED_COLUMNS + i),
                    "properties." + properties.get(i).property()));
        }
        this.fields = new JsonFields(read, List.of(columns.get(0).name()), null, new PropertyValues());
    }

    @Override
    public Processor target() {
        return fields;
    }

    @Override
    public Outcome process(RawRecord record) {
        JsonNode data = record.data();
        String id = text(data.get("id"));
        try {
            Object[] values = new Object[FIXED_COLUMNS + properties.size()];
            values[0] = id;
            values[1] = instant(data.get("createdAt"));
            values[2] = instant(data.get("updatedAt"));
            boolean archived = data.path("archived").asBoolean(false);
            values[3] = archived;
            Instant archivedAt = instant(data.get("archivedAt"));
            values[4] = archivedAt;
            JsonNode props = data.path("properties");
            for (int i = 0; i < properties.size(); i++) {
                PropertyColumn column = properties.get(i);
                String text = text(props.get(column.property()));
                try {
                    values[FIXED_COLUMNS + i] = column.type().parse(text);
                } catch (RuntimeException e) {
                    return new Rejection(
                            id,
                            column.property() + ": '" + text + "' is not a "
                                    + column.type().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            Instant deletedAt = !archived ? null : archivedAt != null ? archivedAt : (Instant) values[2];
            return new Row(values, archived && deletedAt == null ? Instant.EPOCH : deletedAt);
        } catch (RuntimeException e) {
            return new Rejection(id, "not a CRM object: " + e.getMessage());
        }
    }

    private static Instant instant(JsonNode node) {
        String text = text(node);
        return text == null || text.isEmpty() ? null : PropertyType.instant(text);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
