package dev.ingest.hubspot.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.Processor;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.hubspot.schema.PropertyType;
import java.time.Instant;
import java.util.List;

/**
 * A CRM object ({@code {id, properties, createdAt, updatedAt, archived, archivedAt}}) as a row: the fixed
 * columns, then one typed value per property. An archived object's row carries when it was archived.
 */
final class CrmObjectProcessor implements Processor {

    /** A property read into a column. */
    record PropertyColumn(String property, PropertyType type) {}

    static final int FIXED_COLUMNS = 5;

    private final List<PropertyColumn> properties;

    CrmObjectProcessor(List<PropertyColumn> properties) {
        this.properties = List.copyOf(properties);
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
