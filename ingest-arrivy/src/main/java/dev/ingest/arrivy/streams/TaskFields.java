package dev.ingest.arrivy.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.ForwardingProcessor;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.Processor;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task as a row: Arrivy's fields, plus what the connector reads out of them. The scheduled times come as UTC
 * without an offset and the offset they were given in only inside {@code *_original_iso_str}, kept as
 * {@code start_offset}/{@code end_offset}; {@code entity_ids} and {@code resource_ids} come as arrays or as
 * comma-separated text and land as JSON arrays of ids; {@code listing} says which of Arrivy's lists holds the task.
 * What of the task as Arrivy gave it the row does not hold is told against that task, not this reshaped copy: the
 * derived fields are not Arrivy's, and ids given as text stay as given.
 */
final class TaskFields implements ForwardingProcessor {

    /** Where the connector marks a task Arrivy answered 404 for, with the time it saw so. */
    static final String DELETED_MARKER = "ingest_deleted_at";

    private static final Pattern OFFSET = Pattern.compile("(Z|[+-]\\d{2}:?\\d{2})$");

    private final JsonFields fields;

    TaskFields(JsonFields fields) {
        this.fields = fields;
    }

    @Override
    public Processor target() {
        return fields;
    }

    @Override
    public Outcome process(RawRecord record) {
        ObjectNode data = record.data();
        if (data == null) {
            return new Rejection(null, "the record has no data");
        }
        ObjectNode row = JsonNodeFactory.instance.objectNode().setAll(data);
        row.put("start_offset", offset(data.path("start_datetime_original_iso_str")));
        row.put("end_offset", offset(data.path("end_datetime_original_iso_str")));
        row.put("listing", listing(data));
        for (String ids : new String[] {"entity_ids", "resource_ids"}) {
            try {
                row.set(ids, ids(data.path(ids)));
            } catch (IllegalArgumentException e) {
                return new Rejection(data.path("id").asText(null), ids + ": " + e.getMessage());
            }
        }
        return fields.process(RawRecord.of(row, record.location(), record.originalText()));
    }

    /** {@code +01:00} of {@code 2016-10-14T08:00:00+01:00}; {@code +00:00} for {@code Z}; null without an offset. */
    static String offset(JsonNode original) {
        if (!original.isTextual()) {
            return null;
        }
        Matcher matcher = OFFSET.matcher(original.asText().strip());
        if (!matcher.find()) {
            return null;
        }
        String offset = matcher.group(1);
        if (offset.equals("Z")) {
            return "+00:00";
        }
        return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    }

    /** Which list holds the task: {@code unscheduled}, {@code undated} (no start at all) or {@code scheduled}. */
    static String listing(JsonNode task) {
        if (task.path("unscheduled").asBoolean(false)) {
            return "unscheduled";
        }
        JsonNode start = task.path("start_datetime");
        return start.isMissingNode() || start.isNull() || start.asText().isBlank() ? "undated" : "scheduled";
    }

    /** Ids given as a JSON array or as comma-separated text, as an array of whole numbers; null stays null. */
    static JsonNode ids(JsonNode given) {
        if (given.isMissingNode() || given.isNull()) {
            return given;
        }
        ArrayNode ids = JsonNodeFactory.instance.arrayNode();
        if (given.isArray()) {
            given.forEach(id -> ids.add(id(id.asText())));
        } else if (given.isValueNode()) {
            for (String part : given.asText().split(",")) {
                if (!part.isBlank()) {
                    ids.add(id(part));
                }
            }
        } else {
            throw new IllegalArgumentException(given + " is neither an array nor comma-separated ids");
        }
        return ids;
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not an id");
        }
    }
}
