package dev.ingest.hubspot.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HubSpot in memory behind WireMock: records with properties, archiving, the list endpoint with
 * its {@code after} cursor and 100 cap, search with real filtering, sorting, the 200 cap and the 10,000
 * result cap, batch read and upsert, property definitions, schemas, owners, pipelines, v4 associations,
 * bearer tokens and the OAuth refresh grant, an optional rolling ten-second limit, and injected faults.
 * It answers errors with HubSpot's documented bodies. WireMock records every request for {@code verify}.
 */
public final class FakeHubSpot implements ResponseDefinitionTransformerV2, AutoCloseable {

    public static final String TOKEN = "pat-na1-test-token";
    public static final String CLIENT_ID = "client-id";
    public static final String CLIENT_SECRET = "client-secret-value";
    public static final String REFRESH_TOKEN = "refresh-token-value";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OBJECTS =
            Pattern.compile("/crm/v3/objects/([^/]+)(/(batch/read|batch/upsert|search))?");
    private static final Pattern ASSOCIATIONS = Pattern.compile("/crm/v4/associations/([^/]+)/([^/]+)/batch/read");

    /** A record as HubSpot keeps it. */
    public static final class FakeRecord {
        final long id;
        final Map<String, String> properties = new LinkedHashMap<>();
        Instant createdAt;
        Instant updatedAt;
        boolean archived;
        Instant archivedAt;

        FakeRecord(long id) {
            this.id = id;
        }
    }

    /** An answer to give instead of the real one, for the requests {@code matches} accepts. */
    private record Fault(Predicate<LoggedRequest> matches, int status, Map<String, String> headers, String body) {}

    private record Association(String fromType, long fromId, String toType, long toId, int typeId, String label) {}

    private final WireMockServer server;
    private final Map<String, TreeMap<Long, FakeRecord>> records = new HashMap<>();
    private final Map<String, List<ObjectNode>> properties = new HashMap<>();
    private final Map<String, String> customTypes = new LinkedHashMap<>();
    private final List<ObjectNode> owners = new ArrayList<>();
    private final Map<String, ArrayNode> pipelines = new HashMap<>();
    private final List<Association> associations = new ArrayList<>();
    private volatile int associationPageSize = 500;
    private final Set<String> validTokens = new HashSet<>(Set.of(TOKEN));
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Deque<Long> windowRequests = new ArrayDeque<>();
    private final Map<String, String> missingScopes = new HashMap<>();
    private long nextId = 1001;
    private Instant clock = Instant.parse("2024-03-01T00:00:00Z");
    private int requestsPer10s;
    private long tokenLifetimeSeconds = 1800;
    private int rateLimited;
    private int issuedTokens;

    public FakeHubSpot() {
        server = new WireMockServer(options().dynamicPort().extensions(this));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        for (String type : List.of(
                "contacts",
                "companies",
                "deals",
                "tickets",
                "line_items",
                "products",
                "calls",
                "emails",
                "meetings",
                "notes",
                "tasks",
                "appointments")) {
            String modified = type.equals("contacts") ? "lastmodifieddate" : "hs_lastmodifieddate";
            defineProperty(type, modified, "datetime");
            defineProperty(type, "createdate", "datetime");
            defineProperty(type, "hs_object_id", "number");
        }
        defineProperty("contacts", "email", "string");
        defineProperty("contacts", "firstname", "string");
        defineProperty("contacts", "lastname", "string");
        defineEnumeration("contacts", "lifecyclestage", List.of("subscriber", "lead", "customer"));
        defineProperty("companies", "name", "string");
        defineProperty("companies", "domain", "string");
        defineProperty("deals", "dealname", "string");
        defineProperty("deals", "amount", "number");
        defineProperty("deals", "closedate", "date");
        defineProperty("deals", "hs_is_closed", "bool");
    }

    @Override
    public String getName() {
        return "fake-hubspot";
    }

    public WireMockServer server() {
        return server;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.stop();
    }

    // ---- upstream state, changed by tests ----

    /** Moves the fake's clock, which stamps every create and update. */
    public synchronized void advance(java.time.Duration by) {
        clock = clock.plus(by);
    }

    public synchronized Instant now() {
        return clock;
    }

    public synchronized void defineProperty(String type, String name, String propertyType) {
        ObjectNode property = JSON.createObjectNode()
                .put("name", name)
                .put("label", name)
                .put("type", propertyType)
                .put("fieldType", "text")
                .put("groupName", "info")
                .put("hubspotDefined", true)
                .put("archived", false);
        property.putArray("options");
        properties.computeIfAbsent(type, t -> new ArrayList<>()).add(property);
    }

    public synchronized void defineEnumeration(String type, String name, List<String> values) {
        defineProperty(type, name, "enumeration");
        ArrayNode options = (ArrayNode)
                properties.get(type).get(properties.get(type).size() - 1).get("options");
        values.forEach(v -> options.addObject().put("value", v).put("label", v).put("hidden", false));
    }

    /** A custom object type, such as divisions ({@code 2-1001}), with a name property. */
    public synchronized String defineCustomObject(String plural) {
        String typeId = "2-" + (100 + customTypes.size());
        customTypes.put(typeId, plural);
        defineProperty(typeId, "hs_lastmodifieddate", "datetime");
        defineProperty(typeId, "hs_object_id", "number");
        defineProperty(typeId, "name", "string");
        return typeId;
    }

    /** The portal lacks this object type (as portals without appointments do). */
    public synchronized void withoutObjectType(String type) {
        properties.remove(type);
    }

    /** Creates a record now; returns its id. */
    public synchronized long create(String type, Map<String, String> values) {
        FakeRecord record = new FakeRecord(nextId++);
        record.createdAt = clock;
        record.properties.put("hs_object_id", Long.toString(record.id));
        record.properties.put("createdate", clock.toString());
        records.computeIfAbsent(type, t -> new TreeMap<>()).put(record.id, record);
        touch(type, record, values);
        return record.id;
    }

    /** Changes properties now. */
    public synchronized void update(String type, long id, Map<String, String> values) {
        touch(type, records.get(type).get(id), values);
    }

    public synchronized void archive(String type, long id) {
        FakeRecord record = records.get(type).get(id);
        record.archived = true;
        record.archivedAt = clock;
        record.updatedAt = clock;
    }

    public synchronized List<FakeRecord> records(String type) {
        return List.copyOf(records.getOrDefault(type, new TreeMap<>()).values());
    }

    public synchronized Map<String, String> properties(String type, long id) {
        return Map.copyOf(records.get(type).get(id).properties);
    }

    public static long id(FakeRecord record) {
        return record.id;
    }

    public static boolean archived(FakeRecord record) {
        return record.archived;
    }

    public synchronized void addOwner(String id, String email, boolean archived) {
        owners.add(JSON.createObjectNode()
                .put("id", id)
                .put("email", email)
                .put("firstName", "First" + id)
                .put("lastName", "Last")
                .put("userId", Long.parseLong(id) * 10)
                .put("createdAt", clock.toString())
                .put("updatedAt", clock.toString())
                .put("archived", archived));
    }

    public synchronized void addPipeline(String type, String id, String label, List<String> stages) {
        ObjectNode pipeline = pipelines
                .computeIfAbsent(type, t -> JSON.createArrayNode())
                .addObject()
                .put("id", id)
                .put("label", label)
                .put("displayOrder", 0)
                .put("archived", false)
                .put("createdAt", clock.toString())
                .put("updatedAt", clock.toString());
        ArrayNode stageNodes = pipeline.putArray("stages");
        for (int i = 0; i < stages.size(); i++) {
            ObjectNode stage = stageNodes
                    .addObject()
                    .put("id", stages.get(i))
                    .put("label", stages.get(i))
                    .put("displayOrder", i)
                    .put("archived", false)
                    .put("createdAt", clock.toString())
                    .put("updatedAt", clock.toString());
            stage.putObject("metadata").put("probability", "0." + i);
        }
    }

    public synchronized void associate(
            String fromType, long fromId, String toType, long toId, int typeId, String label) {
        associations.add(new Association(fromType, fromId, toType, toId, typeId, label));
    }

    public synchronized void removeAssociation(String fromType, long fromId, String toType, long toId) {
        associations.removeIf(
                a -> a.fromType.equals(fromType) && a.fromId == fromId && a.toType.equals(toType) && a.toId == toId);
    }

    // ---- behaviour ----

    /** Enforces a rolling ten-second limit, answering 429 beyond it; 0 turns it off. */
    public synchronized void limitRequestsPer10s(int limit) {
        requestsPer10s = limit;
    }

    public synchronized int rateLimitedCount() {
        return rateLimited;
    }

    /** The next {@code count} requests whose path ends with {@code pathSuffix} get this answer instead. */
    public synchronized void failNext(
            int count, String pathSuffix, int status, Map<String, String> headers, String body) {
        for (int i = 0; i < count; i++) {
            faults.add(new Fault(r -> r.getUrl().split("\\?")[0].endsWith(pathSuffix), status, headers, body));
        }
    }

    /** Requests under {@code pathPrefix} get HubSpot's 403 MISSING_SCOPES naming {@code scope}. */
    public synchronized void withoutScope(String pathPrefix, String scope) {
        missingScopes.put(pathPrefix, scope);
    }

    /** Access tokens issued by the refresh grant live this long. */
    public synchronized void tokenLifetime(long seconds) {
        tokenLifetimeSeconds = seconds;
    }

    /** Every issued token stops working, as when a portal revokes them. */
    public synchronized void revokeTokens() {
        validTokens.clear();
    }

    public synchronized int issuedTokens() {
        return issuedTokens;
    }

    public int count(String method, String pathSuffix) {
        return (int) server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> r.getMethod().getName().equals(method)
                        && r.getUrl().split("\\?")[0].endsWith(pathSuffix))
                .count();
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String path = request.getUrl().split("\\?")[0];
        try {
            if (requestsPer10s > 0 && !path.startsWith("/oauth")) {
                long now = System.currentTimeMillis();
                while (!windowRequests.isEmpty() && windowRequests.peekFirst() <= now - 10_000) {
                    windowRequests.removeFirst();
                }
                if (windowRequests.size() >= requestsPer10s) {
                    rateLimited++;
                    return error(429, "You have reached your ten_secondly_rolling limit.", "RATE_LIMITS")
                            .withHeader("X-HubSpot-RateLimit-Max", Integer.toString(requestsPer10s))
                            .withHeader("X-HubSpot-RateLimit-Remaining", "0")
                            .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")
                            .build();
                }
                windowRequests.addLast(now);
            }
            Fault fault = faults.stream()
                    .filter(f -> f.matches().test(request))
                    .findFirst()
                    .orElse(null);
            if (fault != null) {
                faults.remove(fault);
                ResponseDefinitionBuilder answer = aResponse()
                        .withStatus(fault.status())
                        .withBody(fault.body())
                        .withHeader("Content-Type", "application/json");
                fault.headers().forEach(answer::withHeader);
                return answer.build();
            }
            if (path.equals("/oauth/v1/token")) {
                return token(form(request.getBodyAsString())).build();
            }
            String auth = request.getHeader("Authorization");
            if (auth == null || !auth.startsWith("Bearer ") || !validTokens.contains(auth.substring(7))) {
                return error(
                                401,
                                "Authentication credentials not found. This API supports OAuth 2.0 authentication.",
                                "INVALID_AUTHENTICATION")
                        .build();
            }
            for (var scope : missingScopes.entrySet()) {
                if (path.startsWith(scope.getKey())) {
                    ObjectNode body = errorBody(
                            "This app hasn't been granted all required scopes to make this call.", "MISSING_SCOPES");
                    body.putArray("errors")
                            .addObject()
                            .put("message", "One or more of the following scopes are required.")
                            .putObject("context")
                            .putArray("requiredGranularScopes")
                            .add(scope.getValue());
                    return json(403, body).build();
                }
            }
            return route(request, path)
                    .withHeader("X-HubSpot-RateLimit-Max", Integer.toString(Math.max(requestsPer10s, 100)))
                    .withHeader(
                            "X-HubSpot-RateLimit-Remaining",
                            Integer.toString(requestsPer10s > 0 ? requestsPer10s - windowRequests.size() : 99))
                    .withHeader("X-HubSpot-RateLimit-Interval-Milliseconds", "10000")
                    .build();
        } catch (BadRequest e) {
            return error(400, e.getMessage(), "VALIDATION_ERROR").build();
        } catch (RuntimeException e) {
            return error(500, "internal error in the fake: " + e, "INTERNAL").build();
        }
    }

    private ResponseDefinitionBuilder route(LoggedRequest request, String path) {
        String method = request.getMethod().getName();
        Map<String, String> query = query(request.getUrl());
        Matcher objects = OBJECTS.matcher(path);
        if (objects.matches()) {
            String type = objects.group(1);
            String action = objects.group(3);
            if (action == null && method.equals("GET")) {
                return list(type, query);
            }
            JsonNode body = parse(request.getBodyAsString());
            return switch (action == null ? "" : action) {
                case "batch/read" -> batchRead(type, body, "true".equals(query.get("archived")));
                case "batch/upsert" -> batchUpsert(type, body);
                case "search" -> search(type, body);
                default -> throw new BadRequest("unsupported " + method + " " + path);
            };
        }
        Matcher assoc = ASSOCIATIONS.matcher(path);
        if (assoc.matches()) {
            return associations(assoc.group(1), assoc.group(2), parse(request.getBodyAsString()));
        }
        if (path.startsWith("/crm/v3/properties/")) {
            String type = path.substring("/crm/v3/properties/".length());
            if (!properties.containsKey(type)) {
                throw new BadRequest("Unable to infer object type from: " + type);
            }
            ObjectNode answer = JSON.createObjectNode();
            properties.get(type).forEach(answer.putArray("results")::add);
            return json(200, answer);
        }
        if (path.equals("/crm/v3/schemas")) {
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode results = answer.putArray("results");
            customTypes.forEach((id, plural) -> {
                ObjectNode schema = results.addObject()
                        .put("objectTypeId", id)
                        .put("name", plural.replaceAll("s$", ""))
                        .put("fullyQualifiedName", "p1_" + plural)
                        .put("archived", false);
                schema.putObject("labels")
                        .put("singular", plural.replaceAll("s$", ""))
                        .put("plural", plural);
            });
            return json(200, answer);
        }
        if (path.equals("/crm/v3/owners")) {
            boolean archived = "true".equals(query.get("archived"));
            List<ObjectNode> matching = owners.stream()
                    .filter(o -> o.path("archived").asBoolean() == archived)
                    .toList();
            return json(200, page(matching, query, 100));
        }
        if (path.startsWith("/crm/v3/pipelines/")) {
            ObjectNode answer = JSON.createObjectNode();
            answer.set(
                    "results",
                    pipelines.getOrDefault(path.substring("/crm/v3/pipelines/".length()), JSON.createArrayNode()));
            return json(200, answer);
        }
        return error(404, "no such endpoint " + path, "OBJECT_NOT_FOUND");
    }

    private ResponseDefinitionBuilder list(String type, Map<String, String> query) {
        int limit = Integer.parseInt(query.getOrDefault("limit", "10"));
        if (limit > 100) {
            throw new BadRequest("limit must be at most 100, got " + limit);
        }
        boolean archived = "true".equals(query.get("archived"));
        List<String> wanted = query.containsKey("properties")
                ? Arrays.asList(query.get("properties").split(","))
                : null;
        long after = query.containsKey("after") ? Long.parseLong(query.get("after")) : 0;
        List<FakeRecord> matching = records.getOrDefault(type, new TreeMap<>()).tailMap(after, true).values().stream()
                .filter(r -> r.archived == archived)
                .limit(limit + 1L)
                .toList();
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        matching.stream().limit(limit).forEach(r -> results.add(node(type, r, wanted)));
        if (matching.size() > limit) {
            answer.putObject("paging").putObject("next").put("after", Long.toString(matching.get(limit).id));
        }
        return json(200, answer);
    }

    private ResponseDefinitionBuilder batchRead(String type, JsonNode body, boolean archived) {
        if (body.path("inputs").size() > 100) {
            throw new BadRequest("at most 100 inputs");
        }
        List<String> wanted = new ArrayList<>();
        body.path("properties").forEach(p -> wanted.add(p.asText()));
        ObjectNode answer = JSON.createObjectNode().put("status", "COMPLETE");
        ArrayNode results = answer.putArray("results");
        for (JsonNode input : body.path("inputs")) {
            FakeRecord record = records.getOrDefault(type, new TreeMap<>())
                    .get(input.path("id").asLong());
            if (record != null && record.archived == archived) {
                results.add(node(type, record, wanted));
            }
        }
        return json(200, answer);
    }

    private ResponseDefinitionBuilder batchUpsert(String type, JsonNode body) {
        if (body.path("inputs").size() > 100) {
            throw new BadRequest("at most 100 inputs");
        }
        ObjectNode answer = JSON.createObjectNode().put("status", "COMPLETE");
        ArrayNode results = answer.putArray("results");
        for (JsonNode input : body.path("inputs")) {
            String idProperty = input.path("idProperty").asText("hs_object_id");
            String key = input.path("id").asText();
            Map<String, String> values = new LinkedHashMap<>();
            input.path("properties")
                    .fields()
                    .forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            for (String name : values.keySet()) {
                if (properties.getOrDefault(type, List.of()).stream()
                        .noneMatch(p -> p.path("name").asText().equals(name))) {
                    throw new BadRequest(
                            "Property values were not valid: [{\"isValid\":false,\"message\":\"Property \\\"" + name
                                    + "\\\" does not exist\",\"error\":\"PROPERTY_DOESNT_EXIST\",\"name\":\"" + name
                                    + "\"}]");
                }
            }
            values.put(idProperty, key);
            FakeRecord existing = records.getOrDefault(type, new TreeMap<>()).values().stream()
                    .filter(r -> key.equals(r.properties.get(idProperty)))
                    .findFirst()
                    .orElse(null);
            long id;
            if (existing == null) {
                id = create(type, values);
            } else {
                touch(type, existing, values);
                id = existing.id;
            }
            results.add(node(type, records.get(type).get(id), null).put("new", existing == null));
        }
        return json(200, answer);
    }

    private ResponseDefinitionBuilder search(String type, JsonNode body) {
        int limit = body.path("limit").asInt(10);
        if (limit > 200) {
            throw new BadRequest("limit must be at most 200, got " + limit);
        }
        int after = body.path("after").asInt(0);
        if (after + limit > 10_000) {
            throw new BadRequest("Search results are limited to 10,000 records; after=" + after + " limit=" + limit);
        }
        List<FakeRecord> matching = new ArrayList<>();
        for (FakeRecord record : records.getOrDefault(type, new TreeMap<>()).values()) {
            if (!record.archived && matchesAnyGroup(record, body.path("filterGroups"))) {
                matching.add(record);
            }
        }
        JsonNode sort = body.path("sorts").path(0);
        if (!sort.isMissingNode()) {
            Comparator<FakeRecord> order = Comparator.comparing(r ->
                    cmp(comparable(r.properties.get(sort.path("propertyName").asText()))));
            matching.sort("DESCENDING".equals(sort.path("direction").asText()) ? order.reversed() : order);
        }
        List<String> wanted = new ArrayList<>();
        body.path("properties").forEach(p -> wanted.add(p.asText()));
        ObjectNode answer = JSON.createObjectNode().put("total", matching.size());
        ArrayNode results = answer.putArray("results");
        matching.stream().skip(after).limit(limit).forEach(r -> results.add(node(type, r, wanted)));
        if (after + limit < matching.size()) {
            answer.putObject("paging").putObject("next").put("after", Integer.toString(after + limit));
        }
        return json(200, answer);
    }

    private static boolean matchesAnyGroup(FakeRecord record, JsonNode groups) {
        if (groups.isEmpty()) {
            return true;
        }
        for (JsonNode group : groups) {
            boolean all = true;
            for (JsonNode filter : group.path("filters")) {
                all &= matches(record.properties.get(filter.path("propertyName").asText()), filter);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String value, JsonNode filter) {
        if (value == null) {
            return false;
        }
        int compared =
                cmp(comparable(value)).compareTo(comparable(filter.path("value").asText()));
        return switch (filter.path("operator").asText()) {
            case "EQ" -> compared == 0;
            case "GT" -> compared > 0;
            case "GTE" -> compared >= 0;
            case "LT" -> compared < 0;
            case "LTE" -> compared <= 0;
            default ->
                throw new BadRequest(
                        "unsupported operator " + filter.path("operator").asText());
        };
    }

    /** Datetimes (ISO or epoch millis) and numbers compare by value, other text as text. */
    private static Comparable<?> comparable(String value) {
        if (value == null) {
            return "";
        }
        if (value.matches("-?\\d+(\\.\\d+)?")) {
            return new java.math.BigDecimal(value);
        }
        try {
            return new java.math.BigDecimal(Instant.parse(value).toEpochMilli());
        } catch (RuntimeException e) {
            return value;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable<Object> cmp(Comparable<?> c) {
        return (Comparable) c;
    }

    /** How many linked records one input's answer holds before it pages: 500 at HubSpot. */
    public void associationPageSize(int size) {
        this.associationPageSize = size;
    }

    private ResponseDefinitionBuilder associations(String from, String to, JsonNode body) {
        if (body.path("inputs").size() > 1000) {
            return json(
                    400,
                    JSON.createObjectNode()
                            .put("status", "error")
                            .put("category", "VALIDATION_ERROR")
                            .put("message", "inputs may hold at most 1000 ids")
                            .put("correlationId", UUID.randomUUID().toString()));
        }
        ObjectNode answer = JSON.createObjectNode().put("status", "COMPLETE");
        ArrayNode results = answer.putArray("results");
        for (JsonNode input : body.path("inputs")) {
            long fromId = input.path("id").asLong();
            int skip = input.hasNonNull("after")
                    ? Integer.parseInt(input.get("after").asText())
                    : 0;
            Map<Long, ArrayNode> byTarget = new LinkedHashMap<>();
            for (Association a : associations) {
                if (a.fromType.equals(from) && a.fromId == fromId && a.toType.equals(to)) {
                    ObjectNode type = byTarget.computeIfAbsent(a.toId, id -> JSON.createArrayNode())
                            .addObject()
                            .put("category", "HUBSPOT_DEFINED")
                            .put("typeId", a.typeId);
                    if (a.label == null) {
                        type.putNull("label");
                    } else {
                        type.put("label", a.label);
                    }
                }
            }
            List<Map.Entry<Long, ArrayNode>> page = byTarget.entrySet().stream()
                    .skip(skip)
                    .limit(associationPageSize)
                    .toList();
            if (!page.isEmpty()) {
                ObjectNode result = results.addObject();
                result.putObject("from").put("id", Long.toString(fromId));
                ArrayNode targets = result.putArray("to");
                page.forEach(target -> targets.addObject()
                        .put("toObjectId", target.getKey())
                        .set("associationTypes", target.getValue()));
                if (skip + page.size() < byTarget.size()) {
                    result.putObject("paging").putObject("next").put("after", Integer.toString(skip + page.size()));
                }
            }
        }
        return json(200, answer);
    }

    private ResponseDefinitionBuilder token(Map<String, String> form) {
        if (!"refresh_token".equals(form.get("grant_type"))
                || !CLIENT_ID.equals(form.get("client_id"))
                || !CLIENT_SECRET.equals(form.get("client_secret"))
                || !REFRESH_TOKEN.equals(form.get("refresh_token"))) {
            return json(
                    400,
                    JSON.createObjectNode()
                            .put("status", "BAD_REFRESH_TOKEN")
                            .put("message", "missing or unknown refresh token")
                            .put("correlationId", UUID.randomUUID().toString()));
        }
        String token = "oauth-access-" + (++issuedTokens);
        validTokens.add(token);
        return json(
                200,
                JSON.createObjectNode()
                        .put("token_type", "bearer")
                        .put("access_token", token)
                        .put("refresh_token", REFRESH_TOKEN)
                        .put("expires_in", tokenLifetimeSeconds));
    }

    private ObjectNode page(List<ObjectNode> all, Map<String, String> query, int cap) {
        int limit = Integer.parseInt(query.getOrDefault("limit", "10"));
        if (limit > cap) {
            throw new BadRequest("limit must be at most " + cap);
        }
        int after = Integer.parseInt(query.getOrDefault("after", "0"));
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        all.stream().skip(after).limit(limit).forEach(results::add);
        if (after + limit < all.size()) {
            answer.putObject("paging").putObject("next").put("after", Integer.toString(after + limit));
        }
        return answer;
    }

    private void touch(String type, FakeRecord record, Map<String, String> values) {
        record.properties.putAll(values);
        record.updatedAt = clock;
        record.properties.put(type.equals("contacts") ? "lastmodifieddate" : "hs_lastmodifieddate", clock.toString());
    }

    /** A record as the API shows it: the requested properties, or a few defaults when none were asked for. */
    private ObjectNode node(String type, FakeRecord record, List<String> wanted) {
        ObjectNode node = JSON.createObjectNode().put("id", Long.toString(record.id));
        ObjectNode props = node.putObject("properties");
        List<String> names = wanted != null
                ? wanted
                : List.of(
                        "createdate",
                        "hs_object_id",
                        type.equals("contacts") ? "lastmodifieddate" : "hs_lastmodifieddate");
        for (String name : names) {
            String value = record.properties.get(name);
            if (value == null) {
                props.putNull(name);
            } else {
                props.put(name, value);
            }
        }
        node.put("createdAt", record.createdAt.toString())
                .put("updatedAt", record.updatedAt.toString())
                .put("archived", record.archived);
        if (record.archived) {
            node.put("archivedAt", record.archivedAt.toString());
        }
        return node;
    }

    private static ResponseDefinitionBuilder error(int status, String message, String category) {
        ObjectNode body = errorBody(message, category);
        if (status == 429) {
            body.put("errorType", "RATE_LIMIT").put("policyName", "TEN_SECONDLY_ROLLING");
        }
        return json(status, body);
    }

    private static ObjectNode errorBody(String message, String category) {
        return JSON.createObjectNode()
                .put("status", "error")
                .put("message", message)
                .put("correlationId", UUID.randomUUID().toString())
                .put("category", category);
    }

    private static ResponseDefinitionBuilder json(int status, JsonNode body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body.toString());
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new BadRequest("Invalid input JSON: " + e.getMessage());
        }
    }

    private static Map<String, String> query(String url) {
        int q = url.indexOf('?');
        return q < 0 ? Map.of() : form(url.substring(q + 1));
    }

    private static Map<String, String> form(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
