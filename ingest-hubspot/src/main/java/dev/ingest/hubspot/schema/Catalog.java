package dev.ingest.hubspot.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.http.client.ApiException;
import dev.ingest.http.client.JsonApi;
import dev.ingest.hubspot.api.HubSpotApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's object types (the standard ones and its custom objects) and their property definitions,
 * read once per client and kept.
 */
public final class Catalog {

    private static final Logger log = LoggerFactory.getLogger(Catalog.class);

    private final HubSpotApi api;
    private final Set<String> reservedStreams;
    private List<ObjectType> types;
    private final Map<String, List<JsonNode>> properties = new HashMap<>();

    /** @param reservedStreams stream names custom objects must not take (owners, pipelines, ...) */
    public Catalog(HubSpotApi api, Set<String> reservedStreams) {
        this.api = api;
        this.reservedStreams = Set.copyOf(reservedStreams);
    }

    /** The standard types, then each custom object named by its plural label ({@code divisions}). */
    public synchronized List<ObjectType> objectTypes() {
        if (types == null) {
            Set<String> reserved = new HashSet<>(reservedStreams);
            ObjectType.STANDARD.forEach(t -> reserved.add(t.stream()));
            ColumnNames names = new ColumnNames(reserved);
            List<ObjectType> all = new ArrayList<>(ObjectType.STANDARD);
            for (JsonNode schema : customSchemas()) {
                if (schema.path("archived").asBoolean(false)) {
                    continue;
                }
                String label = schema.path("labels")
                        .path("plural")
                        .asText(schema.path("name").asText());
                all.add(ObjectType.custom(
                        names.add(label), schema.path("objectTypeId").asText()));
            }
            types = List.copyOf(all);
        }
        return types;
    }

    /** Without the scope to read schemas, a portal's custom objects cannot be found; the standard ones still sync. */
    private JsonNode customSchemas() {
        try {
            return api.schemas().path("results");
        } catch (ApiException e) {
            if (e.status() != 403) {
                throw e;
            }
            log.warn("custom objects cannot be listed, so none are synced: {}", e.getMessage());
            return JsonApi.MAPPER.createArrayNode();
        }
    }

    /** The properties API's definitions of a type, as HubSpot gives them. */
    public synchronized List<JsonNode> rawProperties(ObjectType type) {
        return properties.computeIfAbsent(type.apiName(), name -> {
            List<JsonNode> list = new ArrayList<>();
            api.properties(name).path("results").forEach(list::add);
            return List.copyOf(list);
        });
    }

    public List<PropertyDefinition> properties(ObjectType type) {
        return rawProperties(type).stream().map(PropertyDefinition::of).toList();
    }
}
