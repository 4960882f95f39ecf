package dev.ingest.http.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.SourceException;

/**
 * An API's error answer: its status and parsed body, with a message made of the source's own text.
 *
 * @see ErrorFormat
 */
public class ApiException extends SourceException {

    private final int status;
    private final transient JsonNode body;

    public ApiException(int status, JsonNode body, String message, boolean retryable) {
        super(message, retryable, null);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The error body as JSON, or an empty object when it was not JSON. */
    public JsonNode body() {
        return body;
    }
}
