package dev.ingest.hubspot.api;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.RequestLine;

/** HubSpot's OAuth token endpoint. */
public interface OAuthApi {

    /** @param form {@code grant_type=refresh_token&client_id=..&client_secret=..&refresh_token=..}, URL-encoded */
    @RequestLine("POST /oauth/v1/token")
    @Headers({"Content-Type: application/x-www-form-urlencoded", "Accept: application/json"})
    JsonNode token(String form);
}
