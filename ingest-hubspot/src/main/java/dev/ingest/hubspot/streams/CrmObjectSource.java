package dev.ingest.hubspot.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.http.client.JsonApi;
import dev.ingest.http.paging.Page;
import dev.ingest.http.paging.PageSource;
import dev.ingest.http.paging.PhasedReader;
import dev.ingest.hubspot.api.HubSpotApi;
import dev.ingest.hubspot.schema.ColumnNames;
import dev.ingest.hubspot.schema.ObjectType;
import dev.ingest.hubspot.schema.PropertyDefinition;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A CRM object type with all its properties as typed columns. A full sync pages the list endpoint (100 a
 * page); an incremental one searches on the modification property. Both also read the archived records
 * each run, whose rows are marked deleted.
 */
public final class CrmObjectSource implements StreamSource {

    /**
     * The longest property list sent in a URL. HubSpot refuses very long URLs; past this the ids come from
     * the list endpoint and the properties from batch read, which takes them in its body.
     */
    static final int MAX_PROPERTIES_IN_URL = 1_500;

    private static final List<Column> FIXED = List.of(
            Column.text("id"),
            Column.timestamp("created_at"),
            Column.timestamp("updated_at"),
            Column.bool("archived"),
            Column.timestamp("archived_at"));

    private final HubSpotApi api;
    private final ObjectType type;
    private final List<String> properties;
    private final Stream stream;

    public CrmObjectSource(HubSpotApi api, ObjectType type, List<PropertyDefinition> definitions) {
        this.api = api;
        this.type = type;
        List<PropertyDefinition> all = withModified(type, definitions);
        this.properties = all.stream().map(PropertyDefinition::name).toList();
        this.stream = declare(type, all);
    }

    /** The stream of a type with these properties, as declared before the portal is asked for its own. */
    public static Stream declare(ObjectType type, List<PropertyDefinition> definitions) {
        ColumnNames names = new ColumnNames(Set.of("id", "created_at", "updated_at", "archived", "archived_at"));
        List<Column> columns = new ArrayList<>(FIXED);
        List<CrmObjectProcessor.PropertyColumn> read = new ArrayList<>();
        String cursor = null;
        for (PropertyDefinition property : withModified(type, definitions)) {
            Column column = new Column(
                    names.add(property.name()), property.propertyType().columnType());
            columns.add(column);
            read.add(new CrmObjectProcessor.PropertyColumn(property.name(), property.propertyType()));
            if (property.name().equals(type.modifiedProperty())) {
                cursor = column.name();
            }
        }
        return new Stream(
                type.stream(), type.stream(), List.of("id"), columns, cursor, new CrmObjectProcessor(columns, read));
    }

    /** The modification property is the cursor, so it is read even where the portal's definitions lack it. */
    private static List<PropertyDefinition> withModified(ObjectType type, List<PropertyDefinition> definitions) {
        List<PropertyDefinition> all = new ArrayList<>(definitions);
        if (all.stream().noneMatch(p -> p.name().equals(type.modifiedProperty()))) {
            all.add(new PropertyDefinition(type.modifiedProperty(), "datetime", List.of(), false));
        }
        return all;
    }

    public ObjectType type() {
        return type;
    }

    @Override
    public Stream stream() {
        return stream;
    }

    @Override
    public RecordReader read(ReadRequest request) {
        Map<String, Function<String, RecordReader>> phases;
        if (request.mode() == SyncMode.FULL) {
            phases = ListPages.liveThenArchived(this::pages);
        } else {
            // Search never returns archived records, so they are listed on every run. They come last, out of
            // the search's ascending order, so they must not move the cursor.
            phases = new LinkedHashMap<>();
            phases.put("modified", window -> new ModifiedSearch(api, type, properties, request.cursor(), window));
            Function<String, RecordReader> archived = ListPages.archived(this::pages);
            phases.put("archived", checkpoint -> outOfCursorOrder(archived.apply(checkpoint)));
        }
        return new PhasedReader(phases, request.checkpoint());
    }

    private static RecordReader outOfCursorOrder(RecordReader reader) {
        return new RecordReader() {
            @Override
            public Batch next() {
                Batch batch = reader.next();
                return batch == null ? null : batch.outOfCursorOrder();
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }

    @Override
    public void check() {
        api.list(type.apiName(), 1, null, false, null);
    }

    private PageSource pages(boolean archived) {
        String joined = String.join(",", properties);
        if (URLEncoder.encode(joined, StandardCharsets.UTF_8).length() <= MAX_PROPERTIES_IN_URL) {
            return after -> ListPages.page(api.list(type.apiName(), ListPages.LIMIT, after, archived, joined));
        }
        return after -> {
            JsonNode ids = api.list(type.apiName(), ListPages.LIMIT, after, archived, "hs_object_id");
            ObjectNode body = JsonApi.MAPPER.createObjectNode();
            ArrayNode props = body.putArray("properties");
            properties.forEach(props::add);
            ArrayNode inputs = body.putArray("inputs");
            ids.path("results")
                    .forEach(r -> inputs.addObject().put("id", r.path("id").asText()));
            JsonNode full = inputs.isEmpty() ? body.objectNode() : api.batchRead(type.apiName(), archived, body);
            return new Page(ListPages.records(full), ListPages.next(ids));
        };
    }
}
