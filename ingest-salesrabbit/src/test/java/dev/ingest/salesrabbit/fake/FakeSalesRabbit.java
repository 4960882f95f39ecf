package dev.ingest.salesrabbit.fake;

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
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * SalesRabbit's API as the module README describes it (from working integrations), in memory behind WireMock.
 * <ul>
 *   <li>{@code Authorization: Bearer <token>}, else 401;</li>
 *   <li>every list answers {@code {"data": ..., "meta": {"morePages": bool}}} for {@code page} (from 1) and
 *       {@code perPage} (at most 2000; more is served as 2000);</li>
 *   <li>{@code /leads} in id order, or by {@code dateModified} with {@code sortBy=dateModified&order=asc}; {@code
 *       If-Modified-Since} (ISO 8601 with {@code +00:00}, else 400) keeps leads modified at or after it;</li>
 *   <li>{@code /leadStatusHistories}: status events in time order, a page of them answered as a map from lead id to
 *       that lead's events; {@code If-Status-Modified-Since} keeps events at or after it;</li>
 *   <li>{@code /leadStatusActivities}: dispositions in time order, ids as strings, device times without offset,
 *       {@code If-Status-Modified-Since} filtering them;</li>
 *   <li>{@code /users} answers all users on every page with {@code morePages: true}, as one integration reports;</li>
 *   <li>{@code /leadStatuses}: the statuses;</li>
 *   <li>{@code POST /leads} with {@code {"data": {...}}} creates a lead;</li>
 *   <li>a 429 with {@code Retry-After}, and pages that fail with 503, can be asked for.</li>
 * </ul>
 */
public final class FakeSalesRabbit implements ResponseDefinitionTransformerV2, AutoCloseable {

    public static final String TOKEN = "sr-token-0123456789abcdef";
    public static final int MAX_PER_PAGE = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UTC_OFFSET_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter DEVICE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    /** The user whose token the API is called with, who owns the leads it creates. */
    private static final long TOKEN_USER_ID = 911_705_149L;
    /** Each change in the account happens this long after the one before. */
    public static final Duration STEP = Duration.ofMinutes(10);

    /** A status a lead can have. */
    public record Status(long id, String name, String abbreviation) {}

    public static final List<Status> STATUSES = List.of(
            new Status(201, "Not Home", "NH"),
            new Status(202, "Not Interested", "NI"),
            new Status(204, "Objection - Follow Up", "FU"),
            new Status(205, "Sold", "S"));

    /** A lead as the fake keeps it: small, so that a benchmark can hold 200,000. */
    private static final class Lead {
        final long id;
        final long userId;
        final String firstName;
        final String lastName;
        final String city;
        Status status;
        boolean active = true;
        final Instant created;
        Instant modified;
        Instant statusModified;

        Lead(long id, long userId, String firstName, String lastName, String city, Status status, Instant at) {
            this.id = id;
            this.userId = userId;
            this.firstName = firstName;
            this.lastName = lastName;
            this.city = city;
            this.status = status;
            this.created = at;
            this.modified = at;
            this.statusModified = at;
        }
    }

    private record HistoryEvent(long leadId, Status status, long byUser, Instant at) {}

    private record Disposition(long id, long leadId, Status status, long byUser, Instant at) {}

    private final WireMockServer server;
    private final List<Lead> leads = new ArrayList<>();
    private final Map<Long, Lead> leadsById = new LinkedHashMap<>();
    /** The leads by {@code dateModified}, kept until one changes: sorting 200,000 for every page would be the fake's cost. */
    private List<Lead> leadsByModified;

    private final List<HistoryEvent> history = new ArrayList<>();
    private final List<Disposition> dispositions = new ArrayList<>();
    private final List<ObjectNode> users = new ArrayList<>();
    private Instant now = Instant.parse("2024-06-01T00:00:00Z");
    private long nextLeadId = 13_680;
    private long nextDispositionId = 9_000;
    private String throttledPath;
    private String brokenPath;
    private String brokenPage;
    private int requestCount;

    /** A fake whose requests can be looked at afterwards. */
    public FakeSalesRabbit() {
        this(true, 0);
    }

    /** A fake that keeps no journal of its requests (whose answers it would hold), only {@link #requestCount()}. */
    public static FakeSalesRabbit withoutJournal() {
        return new FakeSalesRabbit(false, 0);
    }

    /**
     * Serves an account of {@code [users] [leads]} (default 5 and 1,000) with a status change on every third lead,
     * on {@code [port]} (default 8089), until the process is stopped: to sync from the command line.
     */
    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        FakeSalesRabbit fake = new FakeSalesRabbit(false, args.length > 2 ? Integer.parseInt(args[2]) : 8089);
        fake.addUsers(users);
        List<Long> leads = fake.addLeads(count);
        for (int i = 0; i < leads.size(); i += 3) {
            fake.knock(leads.get(i), 1 + i % 3, 1 + i % users);
        }
        System.out.println("SALESRABBIT_BASE_URL=" + fake.baseUrl() + " SALESRABBIT_API_TOKEN=" + TOKEN);
    }

    private FakeSalesRabbit(boolean journal, int port) {
        var options = (port == 0 ? options().dynamicPort() : options().port(port)).extensions(this);
        server = new WireMockServer(journal ? options : options.disableRequestJournal());
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    }

    @Override
    public String getName() {
        return "fake-salesrabbit";
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public WireMockServer server() {
        return server;
    }

    public synchronized void addUsers(int count) {
        for (int i = 1; i <= count; i++) {
            long id = 911_705_100L + i;
            ObjectNode user = JSON.createObjectNode()
                    .put("id", id)
                    .put("firstName", "Rep")
                    .put("lastName", Integer.toString(i))
                    .put("fullName", "Rep " + i)
                    .put("email", "rep" + i + "@example.com")
                    .put("role", i == 1 ? "Admin" : "Rep")
                    .put("active", true);
            user.putObject("team").put("id", 7).put("name", "North");
            user.put("office", "Denver");
            users.add(user);
        }
    }

    public long userId(int index) {
        return users.get(index - 1).get("id").asLong();
    }

    /** Adds {@code count} leads, each created with status "Not Home" by the first user (one history event each). */
    public synchronized List<Long> addLeads(int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = tick();
            Lead lead = new Lead(
                    nextLeadId++,
                    userId(1),
                    "First" + i,
                    "Last" + i,
                    i % 2 == 0 ? "Denver" : "Aurora",
                    STATUSES.get(0),
                    at);
            leads.add(lead);
            leadsById.put(lead.id, lead);
            history.add(new HistoryEvent(lead.id, lead.status, lead.userId, at));
            ids.add(lead.id);
        }
        return ids;
    }

    /** A rep knocks and sets the lead's status: the lead changes, its history and the dispositions grow. */
    public synchronized void knock(long leadId, int statusIndex, int userIndex) {
        Lead lead = leadsById.get(leadId);
        Instant at = tick();
        lead.status = STATUSES.get(statusIndex);
        lead.statusModified = at;
        lead.modified = at;
        history.add(new HistoryEvent(leadId, lead.status, userId(userIndex), at));
        dispositions.add(new Disposition(nextDispositionId++, leadId, lead.status, userId(userIndex), at));
    }

    /** The lead is made inactive: it stays in {@code /leads}, and its next disposition says so. */
    public synchronized void deactivate(long leadId, int userIndex) {
        leadsById.get(leadId).active = false;
        knock(leadId, 1, userIndex);
    }

    /** {@code DELETE /leads/{id}}: gone from every list; no feed tells of it. */
    public synchronized void delete(long leadId) {
        leads.remove(leadsById.remove(leadId));
        tick();
    }

    public synchronized int leadCount() {
        return leads.size();
    }

    /** The next request to {@code path} is answered 429 with {@code Retry-After: 1}. */
    public synchronized void throttleOnce(String path) {
        throttledPath = path;
    }

    /** Requests for page {@code page} of {@code path} fail with 503 until {@link #repair()}. */
    public synchronized void breakPage(String path, String page) {
        brokenPath = path;
        brokenPage = page;
    }

    public synchronized void repair() {
        brokenPath = null;
    }

    /** Every request answered, refused ones included. */
    public synchronized int requestCount() {
        return requestCount;
    }

    /** The writes asked of the fake, each as its method and URL. */
    public List<String> writes() {
        return server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> !r.getMethod().getName().equals("GET"))
                .map(r -> r.getMethod() + " " + r.getUrl())
                .toList();
    }

    /** Requests to {@code path} (no query) that {@code matching} accepts. */
    public int requests(String path, Predicate<LoggedRequest> matching) {
        return (int) server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> r.getUrl().split("\\?")[0].equals(path) && matching.test(r))
                .count();
    }

    private Instant tick() {
        leadsByModified = null;
        now = now.plus(STEP);
        return now;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String path = request.getUrl().split("\\?")[0];
        requestCount++;
        if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
            return error(401, "Unauthenticated.").build();
        }
        if (path.equals(throttledPath)) {
            throttledPath = null;
            return error(429, "Too Many Attempts.")
                    .withHeader("Retry-After", "1")
                    .build();
        }
        if (path.equals(brokenPath) && request.queryParameter("page").containsValue(brokenPage)) {
            return error(503, "Service Unavailable").build();
        }
        try {
            return switch (request.getMethod().getName() + " " + path) {
                case "GET /leads" -> leads(request).build();
                case "POST /leads" -> create(request).build();
                case "GET /leadStatusHistories" -> histories(request).build();
                case "GET /leadStatusActivities" -> activities(request).build();
                case "GET /users" -> page(new ArrayList<>(users), true).build();
                case "GET /leadStatuses" -> statuses(request).build();
                default -> error(404, "Not Found").build();
            };
        } catch (BadRequest e) {
            return error(400, e.getMessage()).build();
        }
    }

    private ResponseDefinitionBuilder leads(LoggedRequest request) {
        Instant since = since(request, "If-Modified-Since", true);
        boolean byModified = request.queryParameter("sortBy").containsValue("dateModified")
                && request.queryParameter("order").containsValue("asc");
        if (byModified && leadsByModified == null) {
            leadsByModified = leads.stream()
                    .sorted(Comparator.comparing((Lead l) -> l.modified).thenComparingLong(l -> l.id))
                    .toList();
        }
        // Ids only grow, so the list in creation order is in id order.
        List<Lead> ordered = byModified ? leadsByModified : leads;
        List<Lead> matching = since == null
                ? ordered
                : ordered.stream().filter(l -> !l.modified.isBefore(since)).toList();
        int[] window = window(request, matching.size());
        List<JsonNode> data = new ArrayList<>();
        for (Lead lead : matching.subList(window[0], window[1])) {
            data.add(json(lead));
        }
        return page(data, window);
    }

    private ResponseDefinitionBuilder create(LoggedRequest request) {
        JsonNode data;
        try {
            data = JSON.readTree(request.getBodyAsString()).path("data");
        } catch (IOException e) {
            throw new BadRequest("The body is not JSON.");
        }
        if (!data.isObject() || !data.hasNonNull("firstName") || !data.hasNonNull("status")) {
            throw new BadRequest("data.firstName and data.status are required.");
        }
        Status status = STATUSES.stream()
                .filter(s -> s.name().equals(data.get("status").asText()))
                .findFirst()
                .orElseThrow(() ->
                        new BadRequest("Unknown status " + data.get("status").asText() + "."));
        Instant at = tick();
        Lead lead = new Lead(
                nextLeadId++,
                TOKEN_USER_ID,
                data.get("firstName").asText(),
                data.path("lastName").asText(""),
                data.path("city").asText(""),
                status,
                at);
        leads.add(lead);
        leadsById.put(lead.id, lead);
        history.add(new HistoryEvent(lead.id, status, lead.userId, at));
        ObjectNode body = JSON.createObjectNode();
        body.set("data", json(lead));
        return answer(201, body);
    }

    private ResponseDefinitionBuilder histories(LoggedRequest request) {
        Instant since = since(request, "If-Status-Modified-Since", false);
        List<HistoryEvent> matching = history.stream()
                .filter(e -> leadsById.containsKey(e.leadId()))
                .filter(e -> since == null || !e.at().isBefore(since))
                .toList();
        int[] window = window(request, matching.size());
        ObjectNode byLead = JSON.createObjectNode();
        for (HistoryEvent event : matching.subList(window[0], window[1])) {
            Lead lead = leadsById.get(event.leadId());
            byLead.withArray(Long.toString(event.leadId()))
                    .addObject()
                    .put("id", event.status().id())
                    .put("name", event.status().name())
                    .put("abbreviation", event.status().abbreviation())
                    .put("active", true)
                    .put("changedByUserId", Long.toString(event.byUser()))
                    .put("statusUpdated", time(event.at()))
                    .put("leadCreated", time(lead.created))
                    .put("leadModified", time(lead.modified));
        }
        ObjectNode body = JSON.createObjectNode();
        // PHP writes an empty map as an empty array.
        if (byLead.isEmpty()) {
            body.putArray("data");
        } else {
            body.set("data", byLead);
        }
        body.putObject("meta").put("morePages", window[1] < matching.size());
        return answer(200, body);
    }

    private ResponseDefinitionBuilder activities(LoggedRequest request) {
        Instant since = since(request, "If-Status-Modified-Since", false);
        List<Disposition> matching = dispositions.stream()
                .filter(d -> since == null || !d.at().isBefore(since))
                .toList();
        int[] window = window(request, matching.size());
        List<JsonNode> data = new ArrayList<>();
        for (Disposition d : matching.subList(window[0], window[1])) {
            Lead lead = leadsById.get(d.leadId());
            ObjectNode activity = JSON.createObjectNode()
                    .put("dispositionID", d.id())
                    .put("dispositionLeadID", d.leadId())
                    .put("dispositionLeadStatusID", d.status().id())
                    .put("dispositionLeadStatusName", d.status().name())
                    .put("dispositionLeadStatusAbbreviation", d.status().abbreviation())
                    .put("dispositionLeadStageID", "3")
                    .put("dispositionTimestamp", time(d.at()))
                    .put("dispositionType", "User")
                    .put("dispositionerID", Long.toString(d.byUser()))
                    .put("dispositionerProximityInFeet", 12.5)
                    .put("dispositionerProximityLatitude", 39.6551)
                    .put("dispositionerProximityLongitude", -104.9325)
                    .put("dispositionerProximityStatus", "At location")
                    .put("currentOnDeviceStatusCreated", DEVICE_TIME.format(d.at().atOffset(ZoneOffset.UTC)))
                    .put("currentOnDeviceStatusModified", DEVICE_TIME.format(d.at().atOffset(ZoneOffset.UTC)));
            if (lead != null) {
                activity.put("currentLeadCreated", time(lead.created))
                        .put("currentLeadModified", time(lead.modified))
                        .put("currentLeadFirstName", lead.firstName)
                        .put("currentLeadLastName", lead.lastName)
                        .put("currentLeadIsActive", lead.active)
                        .put("currentLeadLatitude", 39.6551)
                        .put("currentLeadLongitude", -104.9325)
                        .put("currentLeadOwnerEmail", "rep1@example.com")
                        .put("currentLeadOwnerID", lead.userId)
                        .putObject("currentLeadCustomFields")
                        .put("roofAge", 12);
            }
            data.add(activity);
        }
        return page(data, window);
    }

    private ResponseDefinitionBuilder statuses(LoggedRequest request) {
        int[] window = window(request, STATUSES.size());
        List<JsonNode> data = new ArrayList<>();
        for (Status status : STATUSES.subList(window[0], window[1])) {
            data.add(JSON.createObjectNode()
                    .put("id", status.id())
                    .put("name", status.name())
                    .put("abbreviation", status.abbreviation())
                    .put("active", true));
        }
        return page(data, window);
    }

    private ObjectNode json(Lead lead) {
        ObjectNode json = JSON.createObjectNode()
                .put("id", lead.id)
                .put("userName", "Rep 1")
                .put("userId", lead.userId)
                .put("firstName", lead.firstName)
                .put("lastName", lead.lastName)
                .put("businessName", "")
                .put("phonePrimary", "303-555-" + (1000 + lead.id % 9000))
                .put("phoneAlternate", "")
                .put("email", "lead" + lead.id + "@example.com")
                .put("street1", lead.id + " S Dexter St")
                .put("street2", "")
                .put("city", lead.city)
                .put("state", "CO")
                .put("zip", "80222")
                .put("country", "USA")
                .put("latitude", 39.6551)
                .put("longitude", -104.9325)
                .put("status", lead.status.name())
                .putNull("notes");
        json.putObject("customFields").put("roofAge", lead.id % 30);
        json.putNull("appointment");
        json.putObject("integrationData");
        return json.put("statusModified", time(lead.statusModified))
                .put("ownerModified", time(lead.created))
                .put("dateCreated", time(lead.created))
                .put("dateModified", time(lead.modified));
    }

    /** The header's time, or null when absent; {@code strict} asks for the {@code +00:00} form. */
    private static Instant since(LoggedRequest request, String header, boolean strict) {
        String value = request.getHeader(header);
        if (value == null) {
            return null;
        }
        if (strict && !UTC_OFFSET_TIME.matcher(value).matches()) {
            throw new BadRequest(header + " must be an ISO 8601 date with a +00:00 offset.");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest(header + " is not a date.");
        }
    }

    /** The [from, to) indexes of the requested page of {@code size} records. */
    private static int[] window(LoggedRequest request, int size) {
        int page = request.queryParameter("page").isPresent()
                ? Integer.parseInt(request.queryParameter("page").firstValue())
                : 1;
        int perPage = request.queryParameter("perPage").isPresent()
                ? Math.min(
                        MAX_PER_PAGE,
                        Integer.parseInt(request.queryParameter("perPage").firstValue()))
                : 20;
        int from = (int) Math.min((long) (page - 1) * perPage, size);
        return new int[] {from, Math.min(from + perPage, size), size};
    }

    private static ResponseDefinitionBuilder page(List<JsonNode> data, int[] window) {
        return page(data, window[1] < window[2]);
    }

    private static ResponseDefinitionBuilder page(List<JsonNode> data, boolean more) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray("data");
        array.addAll(data);
        body.putObject("meta").put("morePages", more);
        return answer(200, body);
    }

    private static String time(Instant instant) {
        return API_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static ResponseDefinitionBuilder error(int status, String message) {
        return answer(status, JSON.createObjectNode().put("message", message));
    }

    private static ResponseDefinitionBuilder answer(int status, JsonNode body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body.toString());
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
