package dev.ingest.arrivy.client;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** The GETs the connector makes; queries arrive encoded by {@link ArrivyApi}, which must write {@code +} as %2B. */
interface ArrivyEndpoints {

    @RequestLine("GET /users/profile")
    JsonNode profile();

    @RequestLine("GET {path}")
    JsonNode get(@Param("path") String path, @QueryMap(encoded = true) Map<String, String> query);
}
