package dev.ingest.hubspot.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A property as the properties API defines it.
 *
 * @param name    the property's internal name
 * @param type    {@code string}, {@code number}, {@code date}, {@code datetime}, {@code bool}, {@code enumeration}
 * @param options an enumeration's allowed values, else empty
 * @param uniqueValue whether the portal keeps its values unique, so that records can be upserted on it
 */
public record PropertyDefinition(String name, String type, List<String> options, boolean uniqueValue) {

    public PropertyDefinition {
        options = List.copyOf(options);
    }

    public static PropertyDefinition of(JsonNode property) {
        List<String> options = new ArrayList<>();
        for (JsonNode option : property.path("options")) {
            if (!option.path("hidden").asBoolean(false)) {
                options.add(option.path("value").asText());
            }
        }
        return new PropertyDefinition(
                property.path("name").asText(),
                property.path("type").asText("string"),
                options,
                property.path("hasUniqueValue").asBoolean(false));
    }

    public PropertyType propertyType() {
        return PropertyType.of(type);
    }
}
