package dev.ingest.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A processor for records of a fixed JSON shape: each column is read from a path of the record and converted to
 * the column's type. A value that does not convert rejects the record, naming the column and the value; so does a
 * record without a key. An optional soft-delete path sets the row's {@code _deleted_at}.
 */
public final class JsonFields implements Processor {

    /**
     * A column and where its value is.
     *
     * @param path dot-separated names into the record ({@code customer.address.city}); an object or array there
     *             is kept whole in a {@link ColumnType#JSON} column
     */
    public record Field(Column column, String path) {
        public Field {
            if (path == null || path.isEmpty()) {
                throw new IllegalArgumentException("column " + column.name() + " needs a path");
            }
        }
    }

    /**
     * Where a record says it was deleted or archived: a flag ({@code archived: true}), deleted as of the time
     * at {@code atPath}, or a timestamp that is the time of deletion itself.
     *
     * @param atPath when a flagged record was deleted (its modification time), or {@code null}: the epoch then
     *               stands for "time unknown"
     */
    public record SoftDelete(String path, String atPath) {}

    private final List<Field> fields;
    /** Each field's path split once: parsing it for each value cost more than reading the value. */
    private final String[][] paths;

    private final List<String> key;
    private final int[] keyIndexes;
    private final SoftDelete softDelete;
    /** The fields read from the soft-delete marker's and time's paths, or -1. */
    private final int markerField;

    private final int deletedAtField;
    private final ValueConversion conversion;

    /**
     * Fields converted the standard way: ISO-8601 dates and timestamps (with an offset, or without one as UTC),
     * epoch milliseconds, numbers and booleans as JSON or text.
     *
     * @param key        the key columns; a record without a value for one is rejected
     * @param softDelete where a record says it is deleted, or {@code null}
     */
    public JsonFields(List<Field> fields, List<String> key, SoftDelete softDelete) {
        this(fields, key, softDelete, JsonFields::convert);
    }

    /**
     * @param conversion how a value becomes its column's; a soft-delete marker that is a field is read through it too
     */
    public JsonFields(List<Field> fields, List<String> key, SoftDelete softDelete, ValueConversion conversion) {
        this.conversion = conversion;
        this.fields = List.copyOf(fields);
        this.paths = fields.stream().map(f -> segments(f.path())).toArray(String[][]::new);
        this.key = List.copyOf(key);
        this.softDelete = softDelete;
        for (String column : key) {
            if (fields.stream().noneMatch(f -> f.column().name().equals(column))) {
                throw new IllegalArgumentException("key " + column + " is not a field");
            }
        }
        this.keyIndexes = key.stream().mapToInt(this::index).toArray();
        this.markerField = softDelete == null ? -1 : fieldAt(softDelete.path());
        this.deletedAtField = softDelete == null || softDelete.atPath() == null ? -1 : fieldAt(softDelete.atPath());
    }

    public static Field field(String column, ColumnType type, String path) {
        return new Field(new Column(column, type), path);
    }

    public List<Column> columns() {
        return fields.stream().map(Field::column).toList();
    }

    @Override
    public Outcome process(RawRecord record) {
        ObjectNode data = record.data();
        if (data == null) {
            return new Rejection(null, "the record has no data");
        }
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = read(data, i);
            } catch (IllegalArgumentException e) {
                return new Rejection(sourceId(data), e.getMessage());
            }
        }
        for (int k = 0; k < keyIndexes.length; k++) {
            if (values[keyIndexes[k]] == null) {
                return new Rejection(null, key.get(k) + ": missing");
            }
        }
        try {
            return new Row(values, deletedAt(data, values));
        } catch (IllegalArgumentException e) {
            return new Rejection(sourceId(data), e.getMessage());
        }
    }

    /**
     * The value of {@code column} in {@code data}, converted to the column's type: for a reader that checks the order
     * of its records' cursor.
     *
     * @throws IllegalArgumentException when it does not convert
     */
    public Object value(ObjectNode data, String column) {
        int index = index(column);
        if (index < 0) {
            throw new IllegalArgumentException("no field " + column);
        }
        return read(data, index);
    }

    private Object read(ObjectNode data, int index) {
        Field field = fields.get(index);
        JsonNode node = at(data, paths[index]);
        try {
            return node.isMissingNode() || node.isNull()
                    ? null
                    : conversion.convert(field.column().type(), node);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException(field.column().name() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Parsers throw several kinds (number format, date-time parse, class cast of a date without a time).
            throw new IllegalArgumentException(
                    field.column().name() + ": " + node + " is not "
                            + expected(field.column().type()),
                    e);
        }
    }

    private int index(String column) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).column().name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    private Instant deletedAt(ObjectNode data, Object[] values) {
        if (softDelete == null) {
            return null;
        }
        if (markerField >= 0) {
            return deletedAt(values[markerField], data, values);
        }
        JsonNode marker = at(data, softDelete.path());
        if (marker.isMissingNode() || marker.isNull() || marker.isBoolean() && !marker.booleanValue()) {
            return null;
        }
        if (!marker.isBoolean()) {
            return instant(softDelete.path(), marker, "true, false or a timestamp");
        }
        return flaggedAt(data, values);
    }

    /** A marker read as its column: a true flag deletes as of the row's modification, a timestamp is the deletion. */
    private Instant deletedAt(Object marker, ObjectNode data, Object[] values) {
        if (marker instanceof Instant at) {
            return at;
        }
        return Boolean.TRUE.equals(marker) ? flaggedAt(data, values) : null;
    }

    /** When a flagged record was deleted: the time at {@code atPath}, or the epoch for "time unknown". */
    private Instant flaggedAt(ObjectNode data, Object[] values) {
        if (softDelete.atPath() == null) {
            return Instant.EPOCH;
        }
        if (deletedAtField >= 0 && values[deletedAtField] instanceof Instant at) {
            return at;
        }
        JsonNode at = at(data, softDelete.atPath());
        return at.isMissingNode() || at.isNull()
                ? Instant.EPOCH
                : instant(softDelete.atPath(), at, expected(ColumnType.TIMESTAMP));
    }

    /** The field read from {@code path}, or -1. */
    private int fieldAt(String path) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static Instant instant(String path, JsonNode node, String expected) {
        try {
            return instant(node);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(path + ": " + node + " is not " + expected, e);
        }
    }

    /** The key values joined by {@code /}, for a rejection; {@code null} when the record has none. */
    private String sourceId(ObjectNode data) {
        List<String> parts = new ArrayList<>();
        for (int index : keyIndexes) {
            JsonNode node = at(data, paths[index]);
            if (node.isValueNode()) {
                parts.add(node.asText());
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private static Object convert(ColumnType type, JsonNode node) {
        return switch (type) {
            case TEXT -> scalarText(node);
            case JSON -> node.toString();
            case INTEGER ->
                node.isNumber()
                        ? exactLong(node)
                        : Long.valueOf(scalarText(node).strip());
            case DECIMAL ->
                node.isNumber()
                        ? node.decimalValue()
                        : new BigDecimal(scalarText(node).strip());
            case BOOLEAN -> node.isBoolean() ? node.booleanValue() : bool(scalarText(node));
            case DATE -> IsoTime.parseDate(scalarText(node));
            case TIMESTAMP -> instant(node);
        };
    }

    private static String scalarText(JsonNode node) {
        if (!node.isValueNode()) {
            throw new IllegalArgumentException("not a single value");
        }
        return node.asText();
    }

    private static Long exactLong(JsonNode node) {
        if (!node.canConvertToExactIntegral() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("not a 64-bit whole number");
        }
        return node.longValue();
    }

    private static Boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    /** ISO-8601 with an offset, or without one taken as UTC; a whole number is epoch milliseconds. */
    private static Instant instant(JsonNode node) {
        if (node.isIntegralNumber()) {
            return Instant.ofEpochMilli(exactLong(node));
        }
        return IsoTime.parse(scalarText(node));
    }

    private static String expected(ColumnType type) {
        return switch (type) {
            case TEXT -> "text";
            case JSON -> "JSON";
            case INTEGER -> "a whole number";
            case DECIMAL -> "a decimal number";
            case BOOLEAN -> "true or false";
            case DATE -> "an ISO-8601 date";
            case TIMESTAMP -> "an ISO-8601 timestamp or epoch milliseconds";
        };
    }

    private static JsonNode at(JsonNode data, String dotted) {
        return at(data, segments(dotted));
    }

    /** The node at {@code path}: names into objects, whole numbers into arrays; missing where the path leads nowhere. */
    private static JsonNode at(JsonNode data, String[] path) {
        JsonNode node = data;
        for (String segment : path) {
            JsonNode next = node.isArray() ? arrayElement(node, segment) : node.get(segment);
            if (next == null) {
                return MissingNode.getInstance();
            }
            node = next;
        }
        return node;
    }

    private static JsonNode arrayElement(JsonNode array, String segment) {
        try {
            return array.get(Integer.parseInt(segment));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String[] segments(String dotted) {
        return dotted.split("\\.", -1);
    }
}
