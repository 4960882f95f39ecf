package dev.ingest.hubspot.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.Processor;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.hubspot.schema.PropertyType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Columns read from fields of a JSON record by name, for streams whose records have a fixed shape
 * (owners, pipelines, property definitions, associations).
 */
final class Fields implements Processor {

    /** A column and the record field it comes from. */
    record Field(Column column, String field) {
    }

    private final List<Field> fields;
    private final String archivedField;
    private final String archivedAtField;

    /**
     * @param archivedField   a boolean field that marks the row deleted, or {@code null}
     * @param archivedAtField when it was archived, if the record says
     */
    Fields(List<Field> fields, String archivedField, String archivedAtField) {
        this.fields = List.copyOf(fields);
        this.archivedField = archivedField;
        this.archivedAtField = archivedAtField;
    }

    static Field field(String column, ColumnType type, String field) {
        return new Field(new Column(column, type), field);
    }

    List<Column> columns() {
        return fields.stream().map(Field::column).toList();
    }

    @Override
    public Outcome process(RawRecord record) {
        JsonNode data = record.data();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Field field = fields.get(i);
            JsonNode node = data.get(field.field());
            try {
                values[i] = node == null || node.isNull() ? null : value(field.column().type(), node);
            } catch (RuntimeException e) {
                return new Rejection(data.path("id").asText(null), field.field() + ": '" + node.asText() + "' is not a "
                        + field.column().type().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        Instant deletedAt = null;
        if (archivedField != null && data.path(archivedField).asBoolean(false)) {
            JsonNode at = data.get(archivedAtField);
            deletedAt = at == null || at.isNull() ? Instant.EPOCH : PropertyType.instant(at.asText());
        }
        return new Row(values, deletedAt);
    }

    private static Object value(ColumnType type, JsonNode node) {
        return switch (type) {
            case TEXT -> node.isValueNode() ? node.asText() : node.toString();
            case JSON -> node.toString();
            case INTEGER -> Long.valueOf(node.asText());
            case DECIMAL -> new BigDecimal(node.asText());
            case BOOLEAN -> node.isBoolean() ? node.asBoolean() : PropertyType.BOOL.parse(node.asText());
            case DATE -> PropertyType.DATE.parse(node.asText());
            case TIMESTAMP -> PropertyType.instant(node.asText());
        };
    }
}
