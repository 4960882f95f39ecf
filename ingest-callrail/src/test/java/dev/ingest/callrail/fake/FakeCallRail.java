package dev.ingest.callrail.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CallRail's API v3 as its documentation describes it, in memory behind WireMock:
 * <ul>
 *   <li>{@code Authorization: Token token="KEY"} (quoted or not), else 401; an account the key does not see is 404;</li>
 *   <li>lists paged by number ({@code page}, {@code per_page} up to 250, default 100) answering {@code page},
 *       {@code per_page}, {@code total_pages} and {@code total_records};</li>
 *   <li>calls, form submissions and text conversations filtered by day ({@code start_date}/{@code end_date},
 *       inclusive, in {@code time_zone} or else the account's zone); with no date parameter only the last 7 days
 *       (today included); a day before 25 months ago, or {@code date_range=all_time}, refused with 400;</li>
 *   <li>calls sorted by {@code sort=start_time&order=asc} when asked, newest first otherwise (every other dated list
 *       newest first), and with {@code relative_pagination=true} paged by {@code offset} with a full
 *       {@code next_page} URL and {@code has_next_page};</li>
 *   <li>a call marked spam disappears; a 429 carries no header, its body plain text.</li>
 * </ul>
 */
public final class FakeCallRail implements ResponseDefinitionTransformerV2, AutoCloseable {

    public static final String KEY = "cr-key-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ACCOUNT_ZONE = ZoneId.of("America/New_York");
    private static final Pattern ACCOUNT_PATH = Pattern.compile("/v3/a/([^/]+)/(.+)\\.json");

    /** The fields a record has without asking, where the API has optional ones. */
    private static final Map<String, Set<String>> DEFAULT_FIELDS = Map.of(
            "calls",
            Set.of(
                    "id",
                    "answered",
                    "business_phone_number",
                    "customer_city",
                    "customer_country",
                    "customer_name",
                    "customer_phone_number",
                    "customer_state",
                    "direction",
                    "duration",
                    "recording",
                    "recording_duration",
                    "recording_player",
                    "start_time",
                    "tracking_phone_number",
                    "voicemail",
                    "agent_email"),
            "form_submissions",
            Set.of(
                    "id",
                    "company_id",
                    "person_id",
                    "form_data",
                    "form_url",
                    "landing_page_url",
                    "referrer",
                    "referring_url",
                    "submitted_at",
                    "first_form",
                    "customer_name",
                    "customer_phone_number",
                    "customer_email",
                    "source",
                    "keywords",
                    "campaign",
                    "medium"));

    private final WireMockServer server;
    private final Clock clock;
    private final List<ObjectNode> accounts = new ArrayList<>();
    /** Per resource (calls, companies...), its records, each with the account it belongs to in {@code _account}. */
    private final Map<String, List<ObjectNode>> records = new LinkedHashMap<>();

    private final Map<String, List<ObjectNode>> messages = new LinkedHashMap<>();
    private int throttled;
    private int throttledAnswers;
    private int limit = Integer.MAX_VALUE;
    private Duration limitWindow = Duration.ofHours(1);
    private final Deque<Instant> answered = new ArrayDeque<>();
    private int sequence;

    public FakeCallRail(Clock clock) {
        this(clock, 0);
    }

    /** @param port the port to listen on, or 0 for any free one */
    public FakeCallRail(Clock clock, int port) {
        this.clock = clock;
        this.server = new WireMockServer(
                (port == 0 ? options().dynamicPort() : options().port(port)).extensions(this));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    }

    /**
     * Serves {@link Seed}'s two accounts until stopped, to sync from the command line:
     * {@code [port] [calls per account]}, default 8089 and 1,000 calls over the last 400 days.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        FakeCallRail fake = new FakeCallRail(Clock.systemUTC(), port);
        Seed.accounts(fake, Clock.systemUTC(), calls, 400);
        System.out.println("fake CallRail at " + fake.baseUrl() + ", API key " + KEY + ", " + 2 * calls + " calls");
        Thread.currentThread().join();
    }

    @Override
    public String getName() {
        return "fake-callrail";
    }

    public WireMockServer server() {
        return server;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public synchronized void addAccount(String id, String name) {
        accounts.add(JSON.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("outbound_recording_enabled", true)
                .put("hipaa_account", false));
    }

    /** The key no longer sees {@code id}: gone from the list, its paths answer 404. */
    public synchronized void removeAccount(String id) {
        accounts.removeIf(a -> a.get("id").asText().equals(id));
    }

    /** A record of {@code resource} ({@code companies}, {@code calls}...) in {@code account}; the fake keeps it as given. */
    public synchronized ObjectNode add(String account, String resource, ObjectNode record) {
        records.computeIfAbsent(resource, r -> new ArrayList<>()).add(record.put("_account", account));
        touched(record);
        return record;
    }

    /** Keeps the instant of the record's date as {@code _t}, which the date filter reads: parsed once, not per request. */
    private static void touched(ObjectNode record) {
        for (String field : List.of("start_time", "submitted_at", "last_message_at")) {
            if (record.hasNonNull(field)) {
                record.put(
                        "_t",
                        java.time.OffsetDateTime.parse(record.get(field).asText())
                                .toInstant()
                                .toEpochMilli());
            }
        }
    }

    /** A call of {@code account} that started at {@code start}, written in the account's zone with milliseconds. */
    public synchronized ObjectNode addCall(String account, Instant start) {
        String id = String.format("CAL%032x", ++sequence);
        ObjectNode call = JSON.createObjectNode()
                .put("id", id)
                .put("answered", sequence % 3 != 0)
                .put("direction", "inbound")
                .put("duration", 30 + sequence % 200)
                .put("recording_duration", Integer.toString(20 + sequence % 100))
                .put("customer_phone_number", "+1303555" + String.format("%04d", sequence % 10_000))
                .put("start_time", start.atZone(ACCOUNT_ZONE).toOffsetDateTime().toString())
                .put("voicemail", false)
                .put("lead_status", "good_lead")
                .put("value", "10.00");
        call.putArray("tags").add("new");
        call.putObject("milestones").putObject("first_touch").put("source", "Google Organic");
        return add(account, "calls", call);
    }

    /** Changes a call as an edit in CallRail does after it ended: its start time stays. */
    public synchronized void editCall(String id, String field, String value) {
        find("calls", id).put(field, value);
    }

    /** Marks a call spam: it is gone from every list. */
    public synchronized void markSpam(String id) {
        records.get("calls").remove(find("calls", id));
    }

    public synchronized void addMessages(String conversationId, List<ObjectNode> conversationMessages) {
        messages.put(conversationId, new ArrayList<>(conversationMessages));
    }

    /** The next {@code count} requests are answered 429, without headers. */
    public synchronized void throttle(int count) {
        throttled = count;
    }

    /** At most {@code requests} answers in any rolling {@code window}: 429 beyond, as CallRail's budgets. */
    public synchronized void limit(int requests, Duration window) {
        limit = requests;
        limitWindow = window;
    }

    public synchronized int throttledAnswers() {
        return throttledAnswers;
    }

    /** The records of {@code resource} the API has now, as the warehouse should hold them: their ids. */
    public synchronized List<String> ids(String resource) {
        return records.getOrDefault(resource, List.of()).stream()
                .map(r -> r.get("id").asText())
                .sorted()
                .toList();
    }

    /** The ids of {@code account}'s records of {@code resource}. */
    public synchronized List<String> ids(String resource, String account) {
        return records.getOrDefault(resource, List.of()).stream()
                .filter(r -> r.get("_account").asText().equals(account))
                .map(r -> r.get("id").asText())
                .sorted()
                .toList();
    }

    public int requests(String path, Predicate<LoggedRequest> matching) {
        return (int) server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> r.getUrl().split("\\?")[0].equals(path) && matching.test(r))
                .count();
    }

    public List<LoggedRequest> requests() {
        return server.getAllServeEvents().stream().map(ServeEvent::getRequest).toList();
    }

    private ObjectNode find(String resource, String id) {
        return records.get(resource).stream()
                .filter(r -> r.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String auth = request.getHeader("Authorization");
        if (!("Token token=\"" + KEY + "\"").equals(auth) && !("Token token=" + KEY).equals(auth)) {
            return error(401, "HTTP Token: Access denied.");
        }
        if (throttled > 0 || overLimit()) {
            throttled = Math.max(0, throttled - 1);
            throttledAnswers++;
            return aResponse().withStatus(429).withBody("Rate limit exceeded").build();
        }
        answered.addLast(clock.instant());
        String path = request.getUrl().split("\\?")[0];
        if (path.equals("/v3/a.json")) {
            return page(request, accounts, "accounts").build();
        }
        Matcher matcher = ACCOUNT_PATH.matcher(path);
        if (!matcher.matches()) {
            return error(404, "Not found");
        }
        String account = matcher.group(1);
        if (accounts.stream().noneMatch(a -> a.get("id").asText().equals(account))) {
            return error(404, "Account not found");
        }
        String resource = matcher.group(2);
        if (resource.startsWith("text-messages/")) {
            String conversation = resource.substring("text-messages/".length());
            ResponseDefinitionBuilder answer =
                    page(request, messages.getOrDefault(conversation, List.of()), "messages");
            return answer.build();
        }
        List<ObjectNode> all =
                records.getOrDefault(resource.equals("text-messages") ? "conversations" : resource, List.of()).stream()
                        .filter(r -> r.get("_account").asText().equals(account))
                        .toList();
        return switch (resource) {
            case "companies", "trackers", "users", "tags" ->
                page(request, all, resource).build();
            case "calls" -> dated(request, all, "calls");
            case "form_submissions" -> dated(request, all, "form_submissions");
            case "text-messages" -> dated(request, all, "conversations");
            default -> error(404, "Not found");
        };
    }

    private boolean overLimit() {
        Instant now = clock.instant();
        while (!answered.isEmpty() && !answered.peekFirst().plus(limitWindow).isAfter(now)) {
            answered.removeFirst();
        }
        return answered.size() >= limit;
    }

    private ResponseDefinition dated(LoggedRequest request, List<ObjectNode> all, String key) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate oldest = today.minusMonths(25);
        QueryParameter range = request.queryParameter("date_range");
        if (range.isPresent() && range.firstValue().equals("all_time")) {
            return error(400, "The date range is outside data retention; please narrow the range.");
        }
        QueryParameter zoneName = request.queryParameter("time_zone");
        ZoneId zone = zoneName.isPresent() ? ZoneId.of(zoneName.firstValue()) : ACCOUNT_ZONE;
        LocalDate from;
        LocalDate to;
        QueryParameter start = request.queryParameter("start_date");
        QueryParameter end = request.queryParameter("end_date");
        if (start.isPresent() || end.isPresent()) {
            from = start.isPresent() ? LocalDate.parse(start.firstValue()) : oldest;
            to = end.isPresent() ? LocalDate.parse(end.firstValue()) : today;
            if (from.isBefore(oldest)) {
                return error(400, "The date range is outside data retention; please narrow the range.");
            }
        } else {
            // "recent", the default: the last 7 days, today included.
            to = LocalDate.now(clock.withZone(zone));
            from = to.minusDays(6);
        }
        LocalDate first = from;
        LocalDate last = to;
        long fromMillis = first.atStartOfDay(zone).toInstant().toEpochMilli();
        long toMillis = last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<ObjectNode> matching = all.stream()
                .filter(r -> r.get("_t").asLong() >= fromMillis && r.get("_t").asLong() < toMillis)
                .sorted(Comparator.comparing((ObjectNode r) -> r.get("_t").asLong())
                        .thenComparing(r -> r.get("id").asText()))
                .toList();
        boolean ascending = key.equals("calls")
                && request.queryParameter("sort").containsValue("start_time")
                && request.queryParameter("order").containsValue("asc");
        if (!ascending) {
            matching = new ArrayList<>(matching);
            java.util.Collections.reverse(matching);
        }
        if (key.equals("calls") && request.queryParameter("relative_pagination").containsValue("true")) {
            return relative(request, matching).build();
        }
        return page(request, matching, key).build();
    }

    private ResponseDefinitionBuilder relative(LoggedRequest request, List<ObjectNode> matching) {
        int perPage = perPage(request);
        QueryParameter offsetParameter = request.queryParameter("offset");
        int offset = offsetParameter.isPresent() ? Integer.parseInt(offsetParameter.firstValue()) : 0;
        List<ObjectNode> slice = slice(matching, offset * perPage, perPage);
        boolean more = (offset + 1) * perPage < matching.size();
        ObjectNode body = JSON.createObjectNode();
        body.put("per_page", perPage);
        body.put("has_next_page", more);
        if (more) {
            // As CallRail's: the same query with the next offset, brackets unescaped.
            StringBuilder next =
                    new StringBuilder(server.baseUrl() + request.getUrl().split("\\?")[0] + "?");
            next.append("api_sort[][start_time]=asc");
            for (var parameter : List.of("start_date", "end_date", "time_zone", "fields", "sort", "order")) {
                QueryParameter value = request.queryParameter(parameter);
                if (value.isPresent()) {
                    next.append('&')
                            .append(parameter)
                            .append('=')
                            .append(java.net.URLEncoder.encode(
                                    value.firstValue(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            next.append("&offset=")
                    .append(offset + 1)
                    .append("&page=1&per_page=")
                    .append(perPage);
            next.append("&relative_pagination=true");
            body.put("next_page", next.toString());
        } else {
            body.putNull("next_page");
        }
        body.putArray("calls").addAll(shown(request, slice, "calls"));
        return answer(200, body);
    }

    private ResponseDefinitionBuilder page(LoggedRequest request, List<ObjectNode> all, String key) {
        int perPage = perPage(request);
        QueryParameter pageParameter = request.queryParameter("page");
        int page = pageParameter.isPresent() ? Integer.parseInt(pageParameter.firstValue()) : 1;
        ObjectNode body = JSON.createObjectNode();
        body.put("page", page);
        body.put("per_page", perPage);
        body.put("total_pages", Math.max(1, (all.size() + perPage - 1) / perPage));
        body.put("total_records", all.size());
        body.putArray(key).addAll(shown(request, slice(all, (page - 1) * perPage, perPage), key));
        return answer(200, body);
    }

    private static int perPage(LoggedRequest request) {
        QueryParameter perPage = request.queryParameter("per_page");
        return perPage.isPresent() ? Math.min(250, Integer.parseInt(perPage.firstValue())) : 100;
    }

    /**
     * The records as the API shows them: without the fake's own fields, and for calls and form submissions without
     * the optional fields the request did not name in {@code fields}.
     */
    private static List<JsonNode> shown(LoggedRequest request, List<ObjectNode> records, String key) {
        Set<String> defaults = DEFAULT_FIELDS.get(key);
        QueryParameter fields = request.queryParameter("fields");
        Set<String> asked = fields.isPresent() ? Set.of(fields.firstValue().split(",")) : Set.of();
        return records.stream()
                .map(r -> {
                    ObjectNode copy = r.deepCopy();
                    copy.remove(List.of("_account", "_t"));
                    if (defaults != null) {
                        List<String> unasked = new ArrayList<>();
                        copy.fieldNames().forEachRemaining(name -> {
                            if (!defaults.contains(name) && !asked.contains(name)) {
                                unasked.add(name);
                            }
                        });
                        copy.remove(unasked);
                    }
                    return (JsonNode) copy;
                })
                .toList();
    }

    private static List<ObjectNode> slice(List<ObjectNode> records, int from, int size) {
        return records.subList(Math.min(from, records.size()), Math.min(from + size, records.size()));
    }

    private static ResponseDefinition error(int status, String message) {
        return answer(status, JSON.createObjectNode().put("error", message)).build();
    }

    private static ResponseDefinitionBuilder answer(int status, JsonNode body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body.toString());
    }

    @Override
    public void close() {
        server.stop();
    }
}
