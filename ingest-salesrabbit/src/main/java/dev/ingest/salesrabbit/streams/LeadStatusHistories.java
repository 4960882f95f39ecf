package dev.ingest.salesrabbit.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.salesrabbit.api.InferredApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code lead_status_histories}: every status a lead has had. The API answers {@code data} as a map from lead id to
 * that lead's status events, which have no id of their own ({@code id} is the status's): each event becomes a row
 * keyed by its lead, status and time. Incremental by {@code statusUpdated} through {@code If-Status-Modified-Since}.
 */
final class LeadStatusHistories {

    /** The field each event gets, from the map's key. */
    static final String LEAD_ID = "leadId";

    private static final String STATUS_UPDATED = "statusUpdated";

    private LeadStatusHistories() {}

    static Stream stream(int pageSize, Duration lookback) {
        return Listing.of("lead_status_histories", InferredApi.LEAD_STATUS_HISTORIES, pageSize)
                .reshape(LeadStatusHistories::flatten)
                .key("lead_id", "status_id", "status_updated")
                .incrementalHeader("status_updated", InferredApi.STATUS_MODIFIED_SINCE, InferredApi.SINCE_FORMAT)
                .lookback(lookback)
                .column("lead_id", INTEGER, LEAD_ID)
                .column("status_id", INTEGER, "id")
                .column("status_updated", TIMESTAMP, STATUS_UPDATED)
                .column("name", TEXT, "name")
                .column("abbreviation", TEXT, "abbreviation")
                .column("active", BOOLEAN, "active")
                // A string of digits here, a number in users and leads: read as a number so that joins work.
                .column("changed_by_user_id", INTEGER, "changedByUserId")
                .column("lead_created", TIMESTAMP, "leadCreated")
                .column("lead_modified", TIMESTAMP, "leadModified")
                .build()
                .stream();
    }

    /**
     * The answer with {@code data} made an array of events, each carrying its lead's id, in the order of their
     * {@code statusUpdated} (ISO 8601 in UTC, so its text sorts as its time). An empty {@code data} may come as an
     * empty array, as PHP writes an empty map.
     */
    static JsonNode flatten(JsonNode answer) {
        JsonNode byLead = answer.path(InferredApi.DATA);
        if (byLead.isArray() && byLead.isEmpty()) {
            return answer;
        }
        if (!byLead.isObject()) {
            throw new SourceException(InferredApi.LEAD_STATUS_HISTORIES + " answered no map of leads' status events");
        }
        List<ObjectNode> events = new ArrayList<>();
        for (Map.Entry<String, JsonNode> lead : byLead.properties()) {
            for (JsonNode event : lead.getValue()) {
                if (!(event instanceof ObjectNode object)) {
                    throw new SourceException(InferredApi.LEAD_STATUS_HISTORIES + " answered a status event of lead "
                            + lead.getKey() + " that is not a JSON object");
                }
                events.add(object.deepCopy().put(LEAD_ID, lead.getKey()));
            }
        }
        events.sort(Comparator.comparing(e -> e.path(STATUS_UPDATED).asText()));
        ObjectNode flat = answer.deepCopy();
        ArrayNode data = flat.putArray(InferredApi.DATA);
        data.addAll(events);
        return flat;
    }
}
