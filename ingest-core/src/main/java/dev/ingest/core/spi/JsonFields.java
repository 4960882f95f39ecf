package dev.ingest.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A processor for records of a fixed JSON shape: each column is read from a path of the record and converted to
 * the column's type. A value that does not convert rejects the record, naming the column and the value; so does a
 * record without a key. An optional soft-delete path sets the row's {@code _deleted_at}.
 *
 * <p>What of a record its row's columns do not hold ({@link #unmapped}) is what {@code _raw} keeps by default: the
 * fields no column reads, the rest of objects some of whose fields are columns, and each field whose column's value
 * does not {@link ValueConversion#render render} back to it exactly (another format, a zero date, a timestamp's
 * offset). {@link #rebuild} puts the columns' values back at their paths: the record again, except that a declared
 * field the record lacked comes back null.
 */
public final class JsonFields implements Processor {

    /**
     * A column and where its value is.
     *
     * @param column  the column the value goes into
     * @param path    dot-separated names into the record ({@code customer.address.city}); an object or array there
     *                is kept whole in a {@link ColumnType#JSON} column
     * @param derived whether the value is one a processor works out from the source record and sets at {@code path}
     *                of the copy it maps (see {@link #derived}): not a source field, so never put back into it
     */
    public record Field(Column column, String path, boolean derived) {
        /**
         * Checks the path.
         *
         * @param column  the column the value goes into
         * @param path    dot-separated names into the record
         * @param derived whether the value is worked out, not a source field
         * @throws IllegalArgumentException when {@code path} is null or empty
         */
        public Field {
            if (path == null || path.isEmpty()) {
                throw new IllegalArgumentException("column " + column.name() + " needs a path");
            }
        }

        /**
         * A source field: read from the record and put back into it.
         *
         * @param column the column the value goes into
         * @param path   dot-separated names into the record
         */
        public Field(Column column, String path) {
            this(column, path, false);
        }
    }

    /**
     * Where a record says it was deleted or archived: a flag ({@code archived: true}), deleted as of the time
     * at {@code atPath}, or a timestamp that is the time of deletion itself.
     *
     * @param path   the flag or the timestamp, dot-separated names into the record
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
    /** The source fields' paths as a tree, to walk a record once for what its row does not hold. */
    private final PathTree sourcePaths = new PathTree();

    /**
     * Fields converted the standard way: ISO-8601 dates and timestamps (with an offset, or without one as UTC),
     * epoch milliseconds, numbers and booleans as JSON or text.
     *
     * @param fields     the columns, in the order of the row's values
     * @param key        the key columns; a record without a value for one is rejected
     * @param softDelete where a record says it is deleted, or {@code null}
     * @throws IllegalArgumentException when a key column is not among {@code fields}
     */
    public JsonFields(List<Field> fields, List<String> key, SoftDelete softDelete) {
        this(fields, key, softDelete, STANDARD);
    }

    /**
     * Fields converted by {@code conversion}, for a source with its own conventions.
     *
     * @param fields     the columns, in the order of the row's values
     * @param key        the key columns; a record without a value for one is rejected
     * @param softDelete where a record says it is deleted, or {@code null}
     * @param conversion how a value becomes its column's; a soft-delete marker that is a field is read through it too
     * @throws IllegalArgumentException when a key column is not among {@code fields}
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
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).derived()) {
                sourcePaths.add(paths[i], i);
            }
        }
    }

    /**
     * A source field.
     *
     * @param column the column's name
     * @param type   the column's type
     * @param path   dot-separated names into the record
     * @return the field
     */
    public static Field field(String column, ColumnType type, String path) {
        return new Field(new Column(column, type), path);
    }

    /**
     * A column whose value the processor works out from the source record and sets under the column's name in the
     * copy it hands {@link #process}: nothing of the source, so neither kept in {@code _raw} nor put back by {@link
     * #rebuild}.
     *
     * @param column the column's name, also its path in the processor's copy
     * @param type   the column's type
     * @return the field
     */
    public static Field derived(String column, ColumnType type) {
        return new Field(new Column(column, type), column, true);
    }

    /**
     * The fields' columns.
     *
     * @return the columns, in the order of the row's values
     */
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
     * @param data   a record's data
     * @param column the name of one of the columns
     * @return the value, or {@code null} for none
     * @throws IllegalArgumentException when it does not convert, or {@code column} is none of the columns
     */
    public Object value(ObjectNode data, String column) {
        int index = index(column);
        if (index < 0) {
            throw new IllegalArgumentException("no field " + column);
        }
        return read(data, index);
    }

    /**
     * What of {@code record} the columns of {@code row}, made from it by {@link #process} (or from a copy of it a
     * processor reshaped first), do not give back: the JSON text {@code _raw} keeps, or {@code null} when nothing is
     * left.
     */
    @Override
    public String unmapped(RawRecord record, Row row) {
        ObjectNode data = record.data();
        if (data == null || row.values() == null || row.values().length != fields.size()) {
            return record.json();
        }
        ObjectNode rest = rest(data, sourcePaths, row.values());
        return rest == null ? null : rest.toString();
    }

    /**
     * The source record of a row: {@code raw} (what {@link #unmapped} left, or a whole record kept by an earlier policy)
     * with each column's value put back at its path where {@code raw} has none. A null value is put back only into an
     * object that is there, so a declared field the record lacked comes back null.
     *
     * @param values one per column, of the columns' Java types
     * @throws IllegalArgumentException when {@code raw} is not a JSON object
     */
    @Override
    public String rebuild(Object[] values, String raw) {
        ObjectNode record = parseObject(raw);
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).derived()) {
                continue;
            }
            JsonNode value = values[i] == null
                    ? NullNode.getInstance()
                    : conversion.render(fields.get(i).column().type(), values[i]);
            if (value != null) {
                putBack(record, paths[i], value);
            }
        }
        return record.toString();
    }

    /** What of {@code object} stays in {@code _raw}, given the columns read from {@code tree}'s paths; null for nothing. */
    private ObjectNode rest(ObjectNode object, PathTree tree, Object[] values) {
        ObjectNode rest = null;
        for (Iterator<Map.Entry<String, JsonNode>> entries = object.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            PathTree below = tree.below.get(entry.getKey());
            JsonNode kept = below == null ? entry.getValue() : kept(entry.getValue(), below, values);
            if (kept != null) {
                if (rest == null) {
                    rest = object.objectNode();
                }
                rest.set(entry.getKey(), kept);
            }
        }
        return rest;
    }

    /** What of {@code node}, at a path some columns read from or below, stays in {@code _raw}; null for nothing. */
    private JsonNode kept(JsonNode node, PathTree tree, Object[] values) {
        if (!tree.here.isEmpty()) {
            return givesBack(tree.here, node, values) ? null : node;
        }
        if (!(node instanceof ObjectNode object)) {
            return node; // the columns below read nothing from it
        }
        ObjectNode rest = rest(object, tree, values);
        if (rest != null) {
            return rest;
        }
        // Kept empty when no value below puts it back, so that rebuilding puts the null values into it.
        return tree.within.stream().anyMatch(i -> values[i] != null) ? null : object.objectNode();
    }

    /** Whether each of the columns read from where {@code node} is renders back to it. */
    private boolean givesBack(List<Integer> columns, JsonNode node, Object[] values) {
        for (int i : columns) {
            Object value = values[i];
            if (value == null) {
                if (!node.isNull()) {
                    return false;
                }
            } else {
                ColumnType type = fields.get(i).column().type();
                if (!type.keepsExactly(value)) {
                    return false;
                }
                JsonNode rendered = conversion.render(type, value);
                if (rendered == null || !rendered.equals(SAME_VALUE, node)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void putBack(ObjectNode record, String[] path, JsonNode value) {
        ObjectNode parent = record;
        for (int k = 0; k < path.length - 1; k++) {
            JsonNode next = parent.get(path[k]);
            if (next == null) {
                if (value.isNull()) {
                    return;
                }
                next = parent.putObject(path[k]);
            }
            if (!(next instanceof ObjectNode object)) {
                return; // kept whole in raw: an array, or not an object at all
            }
            parent = object;
        }
        if (!parent.has(path[path.length - 1])) {
            parent.set(path[path.length - 1], value);
        }
    }

    private static ObjectNode parseObject(String raw) {
        if (raw == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            if (MAPPER.readTree(raw) instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("_raw is not JSON: " + e.getOriginalMessage(), e);
        }
        throw new IllegalArgumentException("_raw is not a JSON object");
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

    /**
     * Values as REST APIs write them: ISO-8601 dates and timestamps (with an offset, or without one as UTC), epoch
     * milliseconds, numbers and booleans as JSON or text. Rendered back as JSON's own: text, numbers, booleans, dates
     * as {@code 2024-01-31}, timestamps as {@code 2024-01-31T09:30:00.000Z}, JSON columns as the JSON they hold.
     */
    private static final ValueConversion STANDARD = new ValueConversion() {
        @Override
        public Object convert(ColumnType type, JsonNode node) {
            return JsonFields.convert(type, node);
        }

        @Override
        public JsonNode render(ColumnType type, Object value) {
            return switch (type) {
                case TEXT -> TextNode.valueOf((String) value);
                case JSON -> parsed((String) value);
                case INTEGER -> LongNode.valueOf((Long) value);
                case DECIMAL -> ValueConversion.number((BigDecimal) value);
                case BOOLEAN -> BooleanNode.valueOf((Boolean) value);
                case DATE -> TextNode.valueOf(value.toString());
                case TIMESTAMP -> TextNode.valueOf(IsoTime.format((Instant) value));
            };
        }
    };

    /** Numbers equal in value are the same whatever their JSON form ({@code 5}, {@code 5.0}): Jackson's node types differ. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.isIntegralNumber() && b.isIntegralNumber()
                    ? a.bigIntegerValue().compareTo(b.bigIntegerValue())
                    : a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parsed(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
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

    /** The columns read from each path of a record, by its names. */
    private static final class PathTree {
        /** The columns read from exactly here. */
        final List<Integer> here = new ArrayList<>();
        /** The columns read from here or below. */
        final List<Integer> within = new ArrayList<>();

        final Map<String, PathTree> below = new HashMap<>();

        void add(String[] path, int column) {
            PathTree node = this;
            for (String segment : path) {
                node = node.below.computeIfAbsent(segment, s -> new PathTree());
                node.within.add(column);
            }
            node.here.add(column);
        }
    }
}
