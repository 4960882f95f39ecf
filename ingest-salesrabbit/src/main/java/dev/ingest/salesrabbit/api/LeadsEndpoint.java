package dev.ingest.salesrabbit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Headers;
import feign.RequestLine;

/** The one write the connector makes, for seeding a sandbox: a lead created from {@code {"data": {...}}}. */
@Headers({"Accept: application/json", "Content-Type: application/json"})
public interface LeadsEndpoint {

    @RequestLine("POST " + InferredApi.LEADS)
    JsonNode create(ObjectNode body);
}
