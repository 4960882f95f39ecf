package dev.ingest.http.paging;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.SourceException;
import java.util.ArrayList;
import java.util.List;

/** Where an API's answer holds its records: the record selector every paging shape shares. */
public final class Records {

    private Records() {}

    /**
     * The records of {@code answer} at {@code path}.
     *
     * @param path  dot-separated ({@code data.items}); empty for an answer that is a bare JSON array
     * @param where the answer, for a message ({@code "page 3"})
     * @throws SourceException when there is no array of JSON objects there
     */
    public static List<ObjectNode> at(JsonNode answer, String path, String where) {
        JsonNode array = node(answer, path);
        if (!array.isArray()) {
            throw new SourceException(where + " has no array of records at '" + path + "'");
        }
        List<ObjectNode> records = new ArrayList<>(array.size());
        for (JsonNode record : array) {
            if (!(record instanceof ObjectNode object)) {
                throw new SourceException(where + " has a record that is not a JSON object at '" + path + "'");
            }
            records.add(object);
        }
        return records;
    }

    /** The node at {@code dotted} in {@code answer}, missing when absent; {@code answer} itself for an empty path. */
    public static JsonNode node(JsonNode answer, String dotted) {
        return dotted.isEmpty() ? answer : answer.at(JsonPointer.compile("/" + dotted.replace('.', '/')));
    }
}
