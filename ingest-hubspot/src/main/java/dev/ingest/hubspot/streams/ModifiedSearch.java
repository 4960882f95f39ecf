package dev.ingest.hubspot.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.http.client.JsonApi;
import dev.ingest.hubspot.api.HubSpotApi;
import dev.ingest.hubspot.schema.ObjectType;
import dev.ingest.hubspot.schema.PropertyType;
import java.util.ArrayList;
import java.util.List;

/**
 * Records modified at or after a cursor, in ascending modification order, through the search endpoint.
 *
 * <p>Each page opens a new window at the last modification time seen instead of following the search's
 * {@code after} offset: offsets shift when a record changes while pages are read (it moves to the end,
 * and the record after it would be skipped), and a search cannot page past 10,000 results at all.
 * Records sharing the boundary time are read again and load as unchanged. When a whole page shares one
 * time, those records are walked by id ({@code tie}) and the window then continues after that time.
 */
final class ModifiedSearch implements RecordReader {

    static final int PAGE = 200;
    private static final String ID = "hs_object_id";

    private enum Mode {
        FROM,
        TIE,
        AFTER
    }

    /** A search window: modified at or after {@code at}, at {@code at} with id above {@code lastId}, or after {@code at}. */
    private record Window(Mode mode, long at, String lastId) {

        String checkpoint() {
            return mode.name().toLowerCase(java.util.Locale.ROOT) + "|" + at + (lastId == null ? "" : "|" + lastId);
        }

        static Window parse(String checkpoint) {
            String[] parts = checkpoint.split("\\|");
            return new Window(
                    Mode.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)),
                    Long.parseLong(parts[1]),
                    parts.length > 2 ? parts[2] : null);
        }
    }

    private final HubSpotApi api;
    private final ObjectType type;
    private final List<String> properties;
    private Window window;
    private boolean done;

    ModifiedSearch(HubSpotApi api, ObjectType type, List<String> properties, String cursor, String checkpoint) {
        this.api = api;
        this.type = type;
        this.properties = List.copyOf(properties);
        this.window = checkpoint != null
                ? Window.parse(checkpoint)
                : new Window(Mode.FROM, PropertyType.instant(cursor).toEpochMilli(), null);
    }

    @Override
    public Batch next() {
        if (done) {
            return null;
        }
        JsonNode answer = api.search(type.apiName(), body());
        List<RawRecord> records = new ArrayList<>();
        for (JsonNode result : answer.path("results")) {
            records.add(RawRecord.of((ObjectNode) result));
        }
        boolean more = answer.path("paging").path("next").hasNonNull("after") && !records.isEmpty();
        window = more
                ? following(records.get(records.size() - 1).data())
                : window.mode() == Mode.TIE ? new Window(Mode.AFTER, window.at(), null) : null;
        done = window == null;
        return new Batch(records, done ? null : window.checkpoint());
    }

    /** The window after a full page whose last record is {@code last}. */
    private Window following(JsonNode last) {
        if (window.mode() == Mode.TIE) {
            return new Window(Mode.TIE, window.at(), last.path("id").asText());
        }
        long lastModified = PropertyType.instant(
                        last.path("properties").path(type.modifiedProperty()).asText())
                .toEpochMilli();
        // A full page all at the window's own time cannot move the window: walk that time by id.
        return lastModified == window.at() && window.mode() == Mode.FROM
                ? new Window(Mode.TIE, window.at(), null)
                : new Window(Mode.FROM, lastModified, null);
    }

    private ObjectNode body() {
        ObjectNode body = JsonApi.MAPPER.createObjectNode();
        ArrayNode filters = body.putArray("filterGroups").addObject().putArray("filters");
        String modified = type.modifiedProperty();
        switch (window.mode()) {
            case FROM -> filter(filters, modified, "GTE", Long.toString(window.at()));
            case AFTER -> filter(filters, modified, "GT", Long.toString(window.at()));
            case TIE -> {
                filter(filters, modified, "EQ", Long.toString(window.at()));
                if (window.lastId() != null) {
                    filter(filters, ID, "GT", window.lastId());
                }
            }
        }
        body.putArray("sorts")
                .addObject()
                .put("propertyName", window.mode() == Mode.TIE ? ID : modified)
                .put("direction", "ASCENDING");
        ArrayNode props = body.putArray("properties");
        properties.forEach(props::add);
        body.put("limit", PAGE);
        return body;
    }

    private static void filter(ArrayNode filters, String property, String operator, String value) {
        filters.addObject()
                .put("propertyName", property)
                .put("operator", operator)
                .put("value", value);
    }
}
