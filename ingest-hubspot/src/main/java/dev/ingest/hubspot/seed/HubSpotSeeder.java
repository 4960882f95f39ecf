package dev.ingest.hubspot.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Seeder;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.seed.SampleValues;
import dev.ingest.http.client.ApiException;
import dev.ingest.http.client.JsonApi;
import dev.ingest.hubspot.api.HubSpotApi;
import dev.ingest.hubspot.schema.Catalog;
import dev.ingest.hubspot.schema.ObjectType;
import dev.ingest.hubspot.schema.PropertyDefinition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a sandbox portal with valid records: values from {@link SampleValues}, enumeration values from the
 * portal's own property definitions, created through the batch upsert endpoint 100 at a time. Each record
 * is keyed on a unique property (a contact's email, else the portal's first unique-value property), and the
 * same seed and index always give the same key, so running a seed again updates instead of duplicating.
 */
public final class HubSpotSeeder implements Seeder {

    /** HubSpot's batch limit. */
    public static final int BATCH = 100;

    /** Inputs a dry run prints: enough to read, not a flood. */
    private static final int DRY_RUN_SAMPLES = 3;

    private static final Pattern PROPERTY_NAME = Pattern.compile("\\\\?\"name\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\]+)");

    private final HubSpotApi api;
    private final Catalog catalog;
    private final SampleValues values;

    public HubSpotSeeder(HubSpotApi api, Catalog catalog, long seed) {
        this.api = api;
        this.catalog = catalog;
        this.values = new SampleValues(seed);
    }

    /** The batch upsert bodies for records {@code 0..count-1} of {@code object}, each of at most 100 inputs. */
    public List<ObjectNode> payloads(String object, int count) {
        ObjectType type = type(object);
        Map<String, PropertyDefinition> defined = new LinkedHashMap<>();
        catalog.properties(type).forEach(p -> defined.put(p.name(), p));
        String key = keyProperty(type, defined);
        List<ObjectNode> bodies = new ArrayList<>();
        for (int start = 0; start < count; start += BATCH) {
            ObjectNode body = JsonApi.MAPPER.createObjectNode();
            ArrayNode inputs = body.putArray("inputs");
            for (int i = start; i < Math.min(count, start + BATCH); i++) {
                Map<String, String> record = record(type.stream(), key, i);
                ObjectNode input = inputs.addObject().put("idProperty", key).put("id", record.get(key));
                ObjectNode properties = input.putObject("properties");
                for (Map.Entry<String, String> value : record.entrySet()) {
                    PropertyDefinition property = defined.get(value.getKey());
                    if (property != null && !value.getKey().equals(key)) {
                        properties.put(value.getKey(), valid(property, value.getValue(), i));
                    }
                }
            }
            bodies.add(body);
        }
        return bodies;
    }

    /** The batch upsert calls seeding would make, and the first one's first inputs; built from reads only. */
    @Override
    public Plan plan(String object, int count) {
        List<ObjectNode> payloads = payloads(object, count);
        ObjectNode first = payloads.get(0).deepCopy();
        ArrayNode inputs = first.withArray("inputs");
        while (inputs.size() > DRY_RUN_SAMPLES) {
            inputs.remove(inputs.size() - 1);
        }
        return new Plan(payloads.size(), "batch upsert", first);
    }

    /** Upserts the records; a 400 names the property HubSpot refused. */
    @Override
    public Result seed(String object, int count) {
        ObjectType type = type(object);
        int created = 0;
        int updated = 0;
        int calls = 0;
        for (ObjectNode body : payloads(object, count)) {
            JsonNode answer;
            try {
                answer = api.batchUpsert(type.apiName(), body);
            } catch (ApiException e) {
                if (e.status() != 400) {
                    throw e;
                }
                Set<String> names = refusedProperties(e);
                throw new SourceException(
                        "seeding " + object + ": HubSpot refused "
                                + (names.isEmpty() ? "the batch" : "property " + String.join(", ", names)) + ": "
                                + e.getMessage(),
                        false,
                        e);
            }
            calls++;
            for (JsonNode result : answer.path("results")) {
                if (result.path("new").asBoolean(false)) {
                    created++;
                } else {
                    updated++;
                }
            }
        }
        return new Result(object, count, calls, created, updated);
    }

    private ObjectType type(String object) {
        return catalog.objectTypes().stream()
                .filter(t -> t.stream().equals(object))
                .findFirst()
                .orElseThrow(() -> new ConfigException("unknown HubSpot object '" + object + "'; objects: "
                        + String.join(
                                ", ",
                                catalog.objectTypes().stream()
                                        .map(ObjectType::stream)
                                        .toList())));
    }

    /** Contacts are unique by email; other objects need a property the portal keeps unique. */
    private static String keyProperty(ObjectType type, Map<String, PropertyDefinition> defined) {
        if (type.stream().equals("contacts")) {
            return "email";
        }
        return defined.values().stream()
                .filter(PropertyDefinition::uniqueValue)
                .map(PropertyDefinition::name)
                .findFirst()
                .orElseThrow(
                        () -> new ConfigException(
                                type.stream() + " has no property with unique values to upsert on; "
                                        + "create one (for example seed_key, with \"unique values\" on) so that a repeated seed cannot duplicate records"));
    }

    /** The sample values of record {@code i}; the key of non-contacts is {@code seed-<object>-<i>}. */
    private Map<String, String> record(String object, String key, long i) {
        Map<String, String> record = new LinkedHashMap<>();
        switch (object) {
            case "contacts" -> {
                SampleValues.Person person = values.person(i);
                record.put("email", person.email());
                record.put("firstname", person.firstName());
                record.put("lastname", person.lastName());
                record.put("phone", person.phone());
                record.put("city", person.city());
                record.put("state", person.state());
                record.put("lifecyclestage", values.lifecycleStage(i));
            }
            case "companies" -> {
                SampleValues.Company company = values.company(i);
                record.put("name", company.name());
                record.put("domain", company.domain());
                record.put("industry", company.industry());
                record.put("phone", company.phone());
                record.put("city", company.city());
                record.put("state", company.state());
                record.put("numberofemployees", Long.toString(values.employees(i)));
            }
            case "deals" -> {
                record.put("dealname", values.company(i).name() + " - " + values.dealKind(i));
                record.put("amount", values.amount(i).toPlainString());
                record.put("dealstage", values.dealStage(i));
                record.put("pipeline", "default");
                record.put(
                        "closedate",
                        values.instant(i, Instant.parse("2024-01-01T00:00:00Z"), java.time.Duration.ofDays(365))
                                .atOffset(ZoneOffset.UTC)
                                .toLocalDate()
                                .toString());
            }
            default -> record.put("name", object + " " + i);
        }
        record.putIfAbsent(key, "seed-" + object + "-" + i);
        return record;
    }

    /** An enumeration takes the sample value if the portal allows it, else one of the portal's own options. */
    private String valid(PropertyDefinition property, String value, long i) {
        if (!property.type().equals("enumeration")
                || property.options().isEmpty()
                || property.options().contains(value)) {
            return value;
        }
        Optional<String> caseless = property.options().stream()
                .filter(o -> o.equalsIgnoreCase(value.replace(' ', '_')))
                .findFirst();
        return caseless.orElseGet(() -> property.options().get((int)
                values.choose(property.name().hashCode(), i, property.options().size())));
    }

    /** The property names a 400's body mentions: {@code "name":"foo"} in HubSpot's validation errors. */
    static Set<String> refusedProperties(ApiException e) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PROPERTY_NAME.matcher(e.body().toString() + " " + e.getMessage());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
