package dev.ingest.hubspot.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.IsoTime;
import dev.ingest.core.spi.ValueConversion;
import dev.ingest.hubspot.schema.PropertyType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A CRM object's values as HubSpot writes them: every property as text ({@code "12.5"}, {@code "true"}), timestamps
 * as {@code 2024-01-31T09:30:00.000Z}; read as {@link PropertyType} reads them, an empty text as no value.
 */
final class PropertyValues implements ValueConversion {

    @Override
    public Object convert(ColumnType type, JsonNode node) {
        return PropertyType.of(type).parse(node.asText());
    }

    @Override
    public JsonNode render(ColumnType type, Object value) {
        return switch (type) {
            case TEXT, BOOLEAN, DATE -> TextNode.valueOf(value.toString());
            // Without trailing zeros: a warehouse gives a number back at its column's scale (DuckDB's 10 places).
            case DECIMAL ->
                TextNode.valueOf(((BigDecimal) value).stripTrailingZeros().toPlainString());
            case TIMESTAMP -> TextNode.valueOf(IsoTime.format((Instant) value));
            case INTEGER, JSON -> null;
        };
    }
}
