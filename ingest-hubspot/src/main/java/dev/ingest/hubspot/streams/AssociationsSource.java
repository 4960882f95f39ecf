package dev.ingest.hubspot.streams;

import static dev.ingest.core.spi.JsonFields.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.http.client.JsonApi;
import dev.ingest.http.paging.CursorPager;
import dev.ingest.http.paging.Page;
import dev.ingest.http.paging.PhasedReader;
import dev.ingest.hubspot.api.HubSpotApi;
import dev.ingest.hubspot.schema.Catalog;
import dev.ingest.hubspot.schema.ObjectType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code hubspot.associations}: which records are linked, with the association type and its label. Each
 * pair of types is read in one direction only (HubSpot answers both): the ids of a page of "from" records
 * come from the list endpoint, then one v4 batch read per "to" type. A full sync marks associations that
 * were removed.
 */
public final class AssociationsSource implements StreamSource {

    private static final List<String> PARTIES = List.of("contacts", "companies", "deals", "tickets");
    private static final List<String> ENGAGEMENTS = List.of("calls", "emails", "meetings", "notes", "tasks");

    private static final List<String> KEY = List.of("from_type", "from_id", "to_type", "to_id", "type_id");
    private static final JsonFields FIELDS = new JsonFields(
            List.of(
                    field("from_type", ColumnType.TEXT, "fromType"),
                    field("from_id", ColumnType.TEXT, "fromId"),
                    field("to_type", ColumnType.TEXT, "toType"),
                    field("to_id", ColumnType.TEXT, "toId"),
                    field("type_id", ColumnType.INTEGER, "typeId"),
                    field("category", ColumnType.TEXT, "category"),
                    field("label", ColumnType.TEXT, "label")),
            KEY,
            null);

    public static final Stream STREAM =
            new Stream("associations", "associations", KEY, FIELDS.columns(), null, FIELDS).withDeletionDetection();

    private final HubSpotApi api;
    private final Catalog catalog;

    public AssociationsSource(HubSpotApi api, Catalog catalog) {
        this.api = api;
        this.catalog = catalog;
    }

    @Override
    public Stream stream() {
        return STREAM;
    }

    /** Each "from" type and the types it is read against. */
    Map<ObjectType, List<ObjectType>> pairs() {
        Map<String, ObjectType> byStream = new LinkedHashMap<>();
        catalog.objectTypes().forEach(t -> byStream.put(t.stream(), t));
        Map<ObjectType, List<ObjectType>> pairs = new LinkedHashMap<>();
        for (int i = 0; i < PARTIES.size(); i++) {
            List<ObjectType> later = new ArrayList<>(PARTIES.subList(i + 1, PARTIES.size()).stream()
                    .map(byStream::get)
                    .toList());
            if (PARTIES.get(i).equals("deals")) {
                later.add(byStream.get("line_items"));
            }
            pairs.put(byStream.get(PARTIES.get(i)), later);
        }
        ENGAGEMENTS.forEach(e ->
                pairs.put(byStream.get(e), PARTIES.stream().map(byStream::get).toList()));
        List<ObjectType> parties =
                PARTIES.subList(0, 3).stream().map(byStream::get).toList();
        catalog.objectTypes().stream().filter(ObjectType::custom).forEach(c -> pairs.put(c, parties));
        pairs.values().removeIf(List::isEmpty);
        return pairs;
    }

    @Override
    public RecordReader read(ReadRequest request) {
        Map<String, Function<String, RecordReader>> phases = new LinkedHashMap<>();
        pairs().forEach((from, tos) ->
                phases.put(from.stream(), after -> new CursorPager(cursor -> page(from, tos, cursor), after)));
        return new PhasedReader(phases, request.checkpoint());
    }

    private Page page(ObjectType from, List<ObjectType> tos, String after) {
        JsonNode ids = api.list(from.apiName(), ListPages.LIMIT, after, false, "hs_object_id");
        ObjectNode body = JsonApi.MAPPER.createObjectNode();
        ArrayNode inputs = body.putArray("inputs");
        ids.path("results")
                .forEach(r -> inputs.addObject().put("id", r.path("id").asText()));
        List<ObjectNode> records = new ArrayList<>();
        if (!inputs.isEmpty()) {
            for (ObjectType to : tos) {
                readAll(from, to, body, records);
            }
        }
        return new Page(records, ListPages.next(ids));
    }

    /**
     * Reads the links of a batch of records to one type. A record with more links than one answer holds
     * (500) comes back with {@code paging.next.after}; it is asked for again with that cursor until none is
     * left, so that no link goes missing (and then gets marked deleted by the full sync).
     */
    private void readAll(ObjectType from, ObjectType to, ObjectNode body, List<ObjectNode> records) {
        ObjectNode request = body;
        while (request != null) {
            ObjectNode next = JsonApi.MAPPER.createObjectNode();
            ArrayNode more = next.putArray("inputs");
            for (JsonNode result :
                    api.associations(from.apiName(), to.apiName(), request).path("results")) {
                String fromId = result.path("from").path("id").asText();
                for (JsonNode target : result.path("to")) {
                    for (JsonNode association : target.path("associationTypes")) {
                        records.add(association(from, to, fromId, target, association));
                    }
                }
                JsonNode after = result.path("paging").path("next").path("after");
                if (!after.isMissingNode() && !after.isNull()) {
                    more.addObject().put("id", fromId).put("after", after.asText());
                }
            }
            request = more.isEmpty() ? null : next;
        }
    }

    private static ObjectNode association(
            ObjectType from, ObjectType to, String fromId, JsonNode target, JsonNode association) {
        ObjectNode record = JsonApi.MAPPER
                .createObjectNode()
                .put("fromType", from.stream())
                .put("fromId", fromId)
                .put("toType", to.stream())
                .put("toId", target.path("toObjectId").asText());
        record.set("typeId", association.get("typeId"));
        record.set("category", association.get("category"));
        record.set("label", association.get("label"));
        return record;
    }

    @Override
    public void check() {
        api.list(PARTIES.get(0), 1, null, false, "hs_object_id");
    }
}
