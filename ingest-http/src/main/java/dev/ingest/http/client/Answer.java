package dev.ingest.http.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON answer with its headers: for an API that says something in them a reader needs, such as an RFC 5988
 * {@code Link} header naming the next page. A Feign method of a {@link JsonApi} client may return it.
 */
public record Answer(JsonNode body, Map<String, Collection<String>> headers) {

    public Answer {
        headers = Map.copyOf(headers);
    }

    /** Every value of the header {@code name}, in any case. */
    public List<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    /** The first value of the header {@code name}, in any case. */
    public Optional<String> firstHeader(String name) {
        return header(name).stream().findFirst();
    }
}
