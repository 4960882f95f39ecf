package dev.ingest.http.client;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;

/** Decodes JSON as {@code delegate} does, and an {@link Answer} as the JSON body with the answer's headers. */
final class AnswerDecoder implements Decoder {

    private final Decoder delegate;

    AnswerDecoder(Decoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (type == Answer.class) {
            return new Answer((JsonNode) delegate.decode(response, JsonNode.class), response.headers());
        }
        return delegate.decode(response, type);
    }
}
