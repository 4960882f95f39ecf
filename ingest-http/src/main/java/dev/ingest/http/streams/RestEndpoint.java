package dev.ingest.http.streams;

import com.fasterxml.jackson.databind.JsonNode;
import feign.HeaderMap;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** Any GET of a JSON API: the one endpoint declared streams need, their paths and queries being data. */
@Headers("Accept: application/json")
public interface RestEndpoint {

    @RequestLine("GET {path}")
    JsonNode get(
            @Param("path") String path, @QueryMap Map<String, String> query, @HeaderMap Map<String, String> headers);
}
