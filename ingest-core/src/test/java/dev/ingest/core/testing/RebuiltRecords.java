package dev.ingest.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether a record rebuilt from its row ({@code Processor.rebuild}) is the record it was made of: every field back with
 * its value (numbers by value: {@code 5} and {@code 5.0} alike), and nothing more but the nulls of declared fields the
 * record lacked.
 */
public final class RebuiltRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RebuiltRecords() {}

    /** @param what names the record in a failure */
    public static void assertRebuilds(JsonNode original, String rebuilt, String what) {
        JsonNode back;
        try {
            back = MAPPER.readTree(rebuilt);
        } catch (JsonProcessingException e) {
            throw new AssertionError(what + ": rebuilt record is not JSON: " + rebuilt, e);
        }
        String difference = difference("", original, back);
        assertThat(difference)
                .as("%s\n  original: %s\n  rebuilt:  %s", what, original, rebuilt)
                .isNull();
    }

    /** Where {@code back} differs from {@code original}, or null. */
    private static String difference(String path, JsonNode original, JsonNode back) {
        if (original.isObject() && back.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = original.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = back.get(field.getKey());
                if (other == null) {
                    return path + field.getKey() + " is missing";
                }
                String inner = difference(path + field.getKey() + ".", field.getValue(), other);
                if (inner != null) {
                    return inner;
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = back.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!original.has(field.getKey()) && !field.getValue().isNull()) {
                    return path + field.getKey() + " is added: " + field.getValue();
                }
            }
            return null;
        }
        if (original.isArray() && back.isArray() && original.size() == back.size()) {
            for (int i = 0; i < original.size(); i++) {
                String inner = difference(path + i + ".", original.get(i), back.get(i));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (original.isNumber() && back.isNumber()) {
            return original.decimalValue().compareTo(back.decimalValue()) == 0
                    ? null
                    : path + " is " + back + ", was " + original;
        }
        return original.equals(back) ? null : path + " is " + back + ", was " + original;
    }
}
