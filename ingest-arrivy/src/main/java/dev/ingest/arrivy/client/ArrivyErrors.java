package dev.ingest.arrivy.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.http.client.ErrorFormat;

/**
 * Arrivy's error body, {@code {"message": "CODE", "description": "..."}}, as one line; a 401 names the two settings
 * whose values Arrivy refused.
 */
public final class ArrivyErrors implements ErrorFormat {

    static final String CHECK_CREDENTIALS = "check ARRIVY_AUTH_KEY and ARRIVY_AUTH_TOKEN";

    @Override
    public String describe(int status, JsonNode body, String text) {
        String described = body != null && body.hasNonNull("message")
                ? "HTTP " + status + " " + body.get("message").asText()
                        + (body.hasNonNull("description")
                                ? ": " + body.get("description").asText()
                                : "")
                : PLAIN.describe(status, body, text);
        return status == 401 ? described + " (" + CHECK_CREDENTIALS + ")" : described;
    }
}
