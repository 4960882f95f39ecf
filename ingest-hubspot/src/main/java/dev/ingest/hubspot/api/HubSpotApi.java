package dev.ingest.hubspot.api;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** The HubSpot CRM endpoints the connector calls; each answers HubSpot's JSON as it is. */
@Headers({"Accept: application/json", "Content-Type: application/json"})
public interface HubSpotApi {

    /** A page of records; {@code after} and {@code properties} are left out when null. */
    @RequestLine("GET /crm/v3/objects/{type}?limit={limit}&after={after}&archived={archived}&properties={properties}")
    JsonNode list(
            @Param("type") String type,
            @Param("limit") int limit,
            @Param("after") String after,
            @Param("archived") boolean archived,
            @Param("properties") String properties);

    /** Records by id, with the properties in the body: {@code {inputs:[{id}], properties:[...]}}. */
    @RequestLine("POST /crm/v3/objects/{type}/batch/read?archived={archived}")
    JsonNode batchRead(@Param("type") String type, @Param("archived") boolean archived, JsonNode body);

    @RequestLine("POST /crm/v3/objects/{type}/search")
    JsonNode search(@Param("type") String type, JsonNode body);

    /** Creates or updates up to 100 records matched on {@code idProperty}. */
    @RequestLine("POST /crm/v3/objects/{type}/batch/upsert")
    JsonNode batchUpsert(@Param("type") String type, JsonNode body);

    @RequestLine("GET /crm/v3/properties/{type}")
    JsonNode properties(@Param("type") String type);

    @RequestLine("GET /crm/v3/schemas")
    JsonNode schemas();

    /** Associations of up to 1,000 records: {@code {inputs:[{id}]}}. */
    @RequestLine("POST /crm/v4/associations/{from}/{to}/batch/read")
    JsonNode associations(@Param("from") String from, @Param("to") String to, JsonNode body);
}
