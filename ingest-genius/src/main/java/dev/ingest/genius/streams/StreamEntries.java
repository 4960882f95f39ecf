package dev.ingest.genius.streams;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ingest.core.spi.ConfigException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a table definitions file's top-level {@code streams} list, each with the line it starts on, so
 * an error names the line as well as the file. A tree read whole keeps no lines, so the list is walked here.
 */
final class StreamEntries {

    /** One entry of the list, and its line (1 for the first). */
    record Entry(int line, JsonNode node) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private StreamEntries() {}

    /** @param origin the file as error messages name it */
    static List<Entry> read(byte[] yaml, String origin) {
        try (JsonParser parser = YAML.createParser(yaml)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("streams")) {
                        return entries(parser);
                    }
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(origin + (line > 0 ? ", line " + line : "") + ": not valid YAML: "
                    + e.getOriginalMessage().strip().replaceAll("\\s*\\R\\s*", " "));
        } catch (IOException e) {
            throw new ConfigException(origin + ": cannot be read: " + e.getMessage());
        }
        throw new ConfigException(origin + ": expected a list under 'streams'");
    }

    private static List<Entry> entries(JsonParser parser) throws IOException {
        List<Entry> entries = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            JsonNode node = YAML.readTree(parser);
            entries.add(new Entry(line, node == null ? NullNode.instance : node));
        }
        return entries;
    }
}
