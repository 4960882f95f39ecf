package dev.ingest.core.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Reads typed values out of a record's JSON, failing with a reason a person can act on. */
final class RecordFields {

    /** A field that is missing or malformed; its message is the rejection reason. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private final ObjectNode data;

    /** The row {@code read} makes of the record's fields, or a rejection naming the first field that does not read. */
    static Outcome row(RawRecord record, Function<RecordFields, Object[]> read) {
        RecordFields fields = new RecordFields(record.data());
        try {
            return Row.of(read.apply(fields));
        } catch (Invalid e) {
            return new Rejection(fields.sourceId(), e.getMessage());
        }
    }

    RecordFields(ObjectNode data) {
        this.data = data;
    }

    /** The record's {@code id} as text, for a rejection, or {@code null} when it has none. */
    String sourceId() {
        JsonNode id = data == null ? null : data.get("id");
        return id == null || id.isNull() ? null : id.asText();
    }

    Long key(String field) {
        Long value = integer(field);
        if (value == null) {
            throw new Invalid(field + ": missing");
        }
        return value;
    }

    Long integer(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToLong()) {
            throw invalid(field, node, "a whole number");
        }
        return node.longValue();
    }

    String text(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(field, node, "text");
        }
        return node.textValue();
    }

    BigDecimal decimal(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return new BigDecimal(textOf(field, node, "a decimal number"));
        } catch (NumberFormatException e) {
            throw invalid(field, node, "a decimal number");
        }
    }

    Boolean bool(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            throw invalid(field, node, "true or false");
        }
        return node.booleanValue();
    }

    LocalDate date(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        try {
            return IsoTime.parseDate(textOf(field, node, "a date"));
        } catch (DateTimeParseException e) {
            throw invalid(field, node, "a date");
        }
    }

    Instant instant(String field) {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        try {
            return IsoTime.parse(textOf(field, node, "an ISO-8601 instant"));
        } catch (DateTimeParseException e) {
            throw invalid(field, node, "an ISO-8601 instant");
        }
    }

    private JsonNode present(String field) {
        if (data == null) {
            throw new Invalid("the record has no data");
        }
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private static String textOf(String field, JsonNode node, String expected) {
        if (!node.isTextual()) {
            throw invalid(field, node, expected);
        }
        return node.textValue();
    }

    private static Invalid invalid(String field, JsonNode node, String expected) {
        return new Invalid(field + ": " + node + " is not " + expected);
    }
}
