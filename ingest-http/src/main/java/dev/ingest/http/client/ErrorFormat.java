package dev.ingest.http.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns a source's error body into one line of its own words, for logs and sync history. */
@FunctionalInterface
public interface ErrorFormat {

    /**
     * @param status the HTTP status
     * @param body   the body parsed as JSON, or {@code null} when it was not JSON
     * @param text   the body as text (possibly empty)
     */
    String describe(int status, JsonNode body, String text);

    /** The status and the body as given. */
    ErrorFormat PLAIN = (status, body, text) -> "HTTP " + status + (text.isBlank() ? "" : ": " + text.strip());
}
