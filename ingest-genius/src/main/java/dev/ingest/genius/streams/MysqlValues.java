package dev.ingest.genius.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.InvalidValueException;
import dev.ingest.core.spi.ValueConversion;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * MySQL's values, as the reader gives them, as columns: zero dates become NULL, DATETIMEs are read in the
 * database's zone, 0/1 flags are booleans, and text whose bytes the reader could not decode is rejected with the
 * offending bytes. Rendered back as the reader gives them: numbers, flags as 0 and 1, dates and DATETIMEs as MySQL
 * writes them in the database's zone, without a fraction of zero ({@link MysqlDates#format}).
 */
public final class MysqlValues implements ValueConversion {

    private final ZoneId zone;

    /** @param zone the database session's zone, in which DATETIMEs are local times */
    public MysqlValues(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Object convert(ColumnType type, JsonNode node) {
        if (node.isBinary()) {
            throw new InvalidValueException(SourceText.describeUndecodable(binary(node)));
        }
        return switch (type) {
            case TEXT, JSON -> node.asText();
            case INTEGER -> {
                if (node.isIntegralNumber() && !node.canConvertToLong()) {
                    throw new InvalidValueException(
                            node.asText() + " does not fit a 64-bit integer; declare the column decimal");
                }
                yield node.isNumber() ? node.longValue() : Long.parseLong(node.asText());
            }
            case DECIMAL -> node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
            case BOOLEAN ->
                node.isNumber()
                        ? node.intValue() != 0
                        : Boolean.valueOf(
                                node.asText().equals("1") || node.asText().equalsIgnoreCase("true"));
            case DATE, TIMESTAMP -> date(type, node.asText());
        };
    }

    @Override
    public JsonNode render(ColumnType type, Object value) {
        return switch (type) {
            case TEXT, JSON -> TextNode.valueOf((String) value);
            case INTEGER -> LongNode.valueOf((Long) value);
            case DECIMAL -> ValueConversion.number((BigDecimal) value);
            case BOOLEAN -> LongNode.valueOf((Boolean) value ? 1 : 0);
            case DATE -> TextNode.valueOf(value.toString());
            case TIMESTAMP -> TextNode.valueOf(MysqlDates.format((Instant) value, zone));
        };
    }

    private Object date(ColumnType type, String text) {
        if (MysqlDates.isZero(text)) {
            return null;
        }
        try {
            return type == ColumnType.DATE ? MysqlDates.date(text) : MysqlDates.instant(text, zone);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(e.getMessage());
        }
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
