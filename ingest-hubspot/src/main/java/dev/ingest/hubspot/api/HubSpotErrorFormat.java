package dev.ingest.hubspot.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.http.client.ErrorFormat;

/**
 * HubSpot's error body in one line: {@code HTTP 403 MISSING_SCOPES: <message> [errors: ...] (correlationId ...)}.
 * Every field HubSpot sends is kept, including each error's {@code in}, {@code code} and {@code context}.
 */
public final class HubSpotErrorFormat implements ErrorFormat {

    @Override
    public String describe(int status, JsonNode body, String text) {
        if (body == null) {
            return PLAIN.describe(status, null, text);
        }
        StringBuilder out = new StringBuilder("HTTP ").append(status);
        String category = body.path("category").asText(body.path("errorType").asText(""));
        if (!category.isEmpty()) {
            out.append(' ').append(category);
        }
        out.append(": ").append(body.path("message").asText(text.strip()));
        JsonNode errors = body.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            out.append(" [errors:");
            String sep = " ";
            for (JsonNode error : errors) {
                out.append(sep).append(error.path("message").asText(""));
                appendField(out, error, "in");
                appendField(out, error, "code");
                if (error.has("context")) {
                    out.append(" context=").append(error.get("context"));
                }
                sep = "; ";
            }
            out.append(']');
        }
        if (body.hasNonNull("policyName")) {
            out.append(" (policy ").append(body.get("policyName").asText()).append(')');
        }
        if (body.hasNonNull("correlationId")) {
            out.append(" (correlationId ")
                    .append(body.get("correlationId").asText())
                    .append(')');
        }
        return out.toString();
    }

    private static void appendField(StringBuilder out, JsonNode error, String field) {
        if (error.hasNonNull(field)) {
            out.append(' ').append(field).append('=').append(error.get(field).asText());
        }
    }
}
