package dev.ingest.arrivy;

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
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arrivy's API as its docs describe it, in memory behind WireMock: both {@code X-Auth-Key} and {@code X-Auth-Token}
 * required (401 {@code UNAUTHORIZED} otherwise); lists as bare JSON arrays paged by {@code page}/{@code items_per_page}
 * (defaults 500 for tasks, 100 elsewhere; more than 1000 is refused as {@code INVALID_INPUT}); {@code /tasks} filtered
 * by scheduled start with {@code from}/{@code to} in {@code YYYY-MM-DDTHH:mm:ssZZ}, where a {@code +} sent unencoded
 * arrives as a space and is refused as {@code INVALID_DATETIME}; unscheduled and undated tasks only through
 * {@code unscheduled=true} and {@code tasks_with_no_datetime=true}; times given out as UTC without an offset plus
 * {@code *_original_iso_str}; {@code show_details=true} embedding a task's 10 latest statuses; deletes are hard, a
 * deleted record answering 404 {@code NOT_FOUND}. Errors are {@code {"message", "description"}}. A 429, a failing
 * page and a server that ignores {@code page} can be asked for.
 */
final class FakeArrivy implements ResponseDefinitionTransformerV2, AutoCloseable {

    static final String KEY = "arrivy-key-0123456789";
    static final String TOKEN = "arrivy-token-9876543210";
    static final int EMBEDDED_STATUSES = 10;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter NAIVE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final Pattern TASK = Pattern.compile("/tasks/(\\d+)");
    private static final Pattern TASK_STATUSES = Pattern.compile("/tasks/(\\d+)/status");

    private final WireMockServer server;
    /** The URLs asked for (path and query as sent), kept here rather than in WireMock's journal of whole answers. */
    private final List<String> urls = new ArrayList<>();
    /** Requests that would change the account (anything but GET), as {@code METHOD url}. */
    private final List<String> writes = new ArrayList<>();

    private final Map<Long, Task> tasks = new TreeMap<>();
    private final Map<String, Map<Long, ObjectNode>> lists = new HashMap<>();
    private long nextStatusId = 9_000_000_000_000_000L;
    private String throttledPath;
    private String brokenPath;
    private String brokenPage;
    private int answeredBeforeBreak = -1;
    private boolean ignoresPage;

    /** A task: its fields, its scheduled start in its own offset (null when undated), and its status events. */
    private static final class Task {
        final ObjectNode fields;
        OffsetDateTime start;
        boolean unscheduled;
        final List<ObjectNode> statuses = new ArrayList<>();

        Task(ObjectNode fields) {
            this.fields = fields;
        }
    }

    FakeArrivy() {
        server = new WireMockServer(
                options().dynamicPort().disableRequestJournal().extensions(this));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        for (String list : List.of("/entities", "/customers", "/groups", "/resources")) {
            lists.put(list, new TreeMap<>());
        }
    }

    @Override
    public String getName() {
        return "fake-arrivy";
    }

    String baseUrl() {
        return server.baseUrl() + "/api";
    }

    /** A scheduled task starting at {@code start} (in its own offset), an hour long; entity ids as comma text. */
    synchronized ObjectNode addTask(long id, OffsetDateTime start, String title) {
        ObjectNode fields = JSON.createObjectNode()
                .put("id", id)
                .put("url_safe_id", "u" + Long.toHexString(id))
                .put("title", title)
                .put("customer_first_name", "Customer " + id)
                .put("customer_city", "Austin")
                .put("entity_ids", "5348024557502464, " + (100 + id % 7))
                .put("group_id", 2098744557459603L)
                .put("unscheduled", false);
        fields.putObject("extra_fields").put("hourly_rate", 40 + id % 5);
        fields.putArray("items").addObject().put("name", "Box").put("type", "DELIVERY");
        fields.putObject("notifications").put("sms", true).put("email", false);
        Task task = new Task(fields);
        task.start = start;
        tasks.put(id, task);
        return fields;
    }

    /** An unscheduled task, listed only with {@code unscheduled=true}; entity ids as an array. */
    synchronized void addUnscheduledTask(long id, String title) {
        ObjectNode fields =
                JSON.createObjectNode().put("id", id).put("title", title).put("unscheduled", true);
        fields.putArray("entity_ids").add(5348024557502464L);
        Task task = new Task(fields);
        task.unscheduled = true;
        tasks.put(id, task);
    }

    /** A task with no date at all, listed only with {@code tasks_with_no_datetime=true}. */
    synchronized void addUndatedTask(long id, String title) {
        tasks.put(id, new Task(JSON.createObjectNode().put("id", id).put("title", title)));
    }

    synchronized void reschedule(long id, OffsetDateTime start) {
        tasks.get(id).start = start;
    }

    synchronized void retitle(long id, String title) {
        tasks.get(id).fields.put("title", title);
    }

    /** Deletes the task for good: it leaves every list and answers 404. */
    synchronized void deleteTask(long id) {
        tasks.remove(id);
    }

    /** Adds {@code count} status events to a task, a minute apart from {@code first}; returns the last one's id. */
    synchronized long addStatuses(long taskId, int count, Instant first) {
        Task task = tasks.get(taskId);
        for (int i = 0; i < count; i++) {
            Instant time = first.plusSeconds(60L * i);
            ObjectNode status = JSON.createObjectNode()
                    .put("id", nextStatusId++)
                    .put("type", i == 0 ? "NOTSTARTED" : i == count - 1 ? "COMPLETE" : "ENROUTE")
                    .put("title", "Status " + i)
                    .put("time", NAIVE.format(LocalDateTime.ofInstant(time, ZoneOffset.UTC)))
                    .put("time_original_iso_str", WITH_OFFSET.format(time.atOffset(ZoneOffset.ofHours(-8))))
                    .put("reporter_name", "Steven")
                    .put("reporter_id", 123456)
                    .put("source", "app");
            status.putObject("extra_fields").put("notes", "note " + i).put("visible_to_customer", true);
            task.statuses.add(status);
        }
        return nextStatusId - 1;
    }

    synchronized void addRecord(String list, long id, ObjectNode fields) {
        lists.get(list).put(id, fields.put("id", id));
    }

    synchronized void deleteRecord(String list, long id) {
        lists.get(list).remove(id);
    }

    /** The next request to {@code path} is answered 429 with {@code Retry-After: 1}. */
    synchronized void throttleOnce(String path) {
        throttledPath = path;
    }

    /** Requests for page {@code page} of {@code path} fail with 503 until {@link #repair()}. */
    synchronized void breakPage(String path, String page) {
        brokenPath = path;
        brokenPage = page;
    }

    /** After {@code answered} more requests to {@code path}, every one fails with 503 until {@link #repair()}. */
    synchronized void breakAfter(String path, int answered) {
        brokenPath = path;
        brokenPage = null;
        answeredBeforeBreak = answered;
    }

    synchronized void repair() {
        brokenPath = null;
        answeredBeforeBreak = -1;
    }

    /** From now on every page number answers the first page, as a server that ignores {@code page} would. */
    synchronized void ignorePageNumbers() {
        ignoresPage = true;
    }

    /** Requests whose path is {@code path} (below {@code /api}). */
    synchronized int requests(String path) {
        return requestsMatching(Pattern.quote(path));
    }

    /** Requests whose path matches {@code pattern} (below {@code /api}). */
    synchronized int requestsMatching(String pattern) {
        return (int) urls.stream().filter(url -> path(url).matches(pattern)).count();
    }

    synchronized int allRequests() {
        return urls.size();
    }

    /** The URLs asked for since the start or the last {@link #forgetRequests()}, as sent. */
    synchronized List<String> urls() {
        return List.copyOf(urls);
    }

    synchronized List<String> writes() {
        return List.copyOf(writes);
    }

    synchronized void forgetRequests() {
        urls.clear();
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        urls.add(request.getUrl());
        if (!RequestMethod.GET.equals(request.getMethod())) {
            writes.add(request.getMethod() + " " + request.getUrl());
        }
        String path = path(request.getUrl());
        if (!KEY.equals(request.getHeader("X-Auth-Key")) || !TOKEN.equals(request.getHeader("X-Auth-Token"))) {
            return error(401, "UNAUTHORIZED", "Wrong Credentials").build();
        }
        Map<String, String> query = query(request);
        if (path.equals(throttledPath)) {
            throttledPath = null;
            return error(429, "TOO_MANY_REQUESTS", "Slow down")
                    .withHeader("Retry-After", "1")
                    .build();
        }
        if (path.equals(brokenPath)
                && (brokenPage == null
                        ? answeredBeforeBreak-- <= 0
                        : brokenPage.equals(query.getOrDefault("page", "1")))) {
            return error(503, "SERVICE_UNAVAILABLE", "Try again later").build();
        }
        Matcher statuses = TASK_STATUSES.matcher(path);
        Matcher task = TASK.matcher(path);
        if (path.equals("/users/profile")) {
            return answer(JSON.createObjectNode().put("id", 1).put("fullname", "Fake Company"))
                    .build();
        } else if (path.equals("/tasks")) {
            return listTasks(query).build();
        } else if (statuses.matches()) {
            Task found = tasks.get(Long.valueOf(statuses.group(1)));
            return found == null
                    ? notFound("task")
                    : page(found.statuses, query, 100, status -> status).build();
        } else if (task.matches()) {
            Task found = tasks.get(Long.valueOf(task.group(1)));
            return found == null
                    ? notFound("task")
                    : answer(render(found, false)).build();
        } else if (lists.containsKey(path)) {
            return page(new ArrayList<>(lists.get(path).values()), query, 100, record -> record)
                    .build();
        }
        return notFound("endpoint");
    }

    private ResponseDefinitionBuilder listTasks(Map<String, String> query) {
        OffsetDateTime from;
        OffsetDateTime to;
        try {
            from = query.containsKey("from") ? OffsetDateTime.parse(query.get("from"), WITH_OFFSET) : null;
            to = query.containsKey("to") ? OffsetDateTime.parse(query.get("to"), WITH_OFFSET) : null;
        } catch (DateTimeParseException e) {
            return error(400, "INVALID_DATETIME", "Invalid from/to: '" + e.getParsedString() + "'");
        }
        boolean unscheduled = "true".equals(query.get("unscheduled"));
        boolean undated = "true".equals(query.get("tasks_with_no_datetime"));
        boolean details = "true".equals(query.get("show_details"));
        List<Task> matching = tasks.values().stream()
                .filter(t -> unscheduled
                        ? t.unscheduled
                        : undated
                                ? !t.unscheduled && t.start == null
                                : !t.unscheduled
                                        && t.start != null
                                        && (from == null || !t.start.isBefore(from))
                                        && (to == null || !t.start.isAfter(to)))
                .sorted(Comparator.comparing((Task t) -> t.start == null ? Instant.MIN : t.start.toInstant())
                        .thenComparing(t -> t.fields.get("id").asLong()))
                .toList();
        return page(matching, query, 500, t -> render(t, details));
    }

    /** A task as Arrivy gives it out: scheduled times in UTC without an offset, the original beside them. */
    private static ObjectNode render(Task task, boolean details) {
        ObjectNode out = task.fields.deepCopy();
        if (task.start != null) {
            OffsetDateTime end = task.start.plusHours(1);
            out.put("start_datetime", NAIVE.format(task.start.withOffsetSameInstant(ZoneOffset.UTC)));
            out.put("start_datetime_original_iso_str", WITH_OFFSET.format(task.start));
            out.put("end_datetime", NAIVE.format(end.withOffsetSameInstant(ZoneOffset.UTC)));
            out.put("end_datetime_original_iso_str", WITH_OFFSET.format(end));
        }
        if (details) {
            ArrayNode latest = out.putArray("statuses");
            List<ObjectNode> all = task.statuses;
            for (int i = all.size() - 1; i >= Math.max(0, all.size() - EMBEDDED_STATUSES); i--) {
                latest.add(all.get(i));
            }
        }
        return out;
    }

    /** The page asked for of {@code records}, each rendered only once on it. */
    private <T> ResponseDefinitionBuilder page(
            List<T> records, Map<String, String> query, int defaultSize, Function<T, JsonNode> render) {
        int page;
        int size;
        try {
            page = Integer.parseInt(query.getOrDefault("page", "1"));
            size = Integer.parseInt(query.getOrDefault("items_per_page", Integer.toString(defaultSize)));
        } catch (NumberFormatException e) {
            return error(400, "INVALID_INPUT", "Invalid page or items_per_page");
        }
        if (size < 1 || size > 1000) {
            return error(400, "INVALID_INPUT", "Invalid items_per_page");
        }
        int from = ignoresPage ? 0 : (page - 1) * size;
        ArrayNode body = JSON.createArrayNode();
        records.subList(Math.min(from, records.size()), Math.min(from + size, records.size()))
                .forEach(record -> body.add(render.apply(record)));
        return answer(body);
    }

    private static String path(String url) {
        String path = url.split("\\?")[0];
        return path.startsWith("/api") ? path.substring("/api".length()) : path;
    }

    /** The query decoded as a server does: {@code %2B} is a plus, a bare {@code +} a space. */
    private static Map<String, String> query(LoggedRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        String url = request.getUrl();
        int mark = url.indexOf('?');
        if (mark >= 0) {
            for (String pair : url.substring(mark + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                query.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static ResponseDefinition notFound(String what) {
        return error(404, "NOT_FOUND", "No such " + what).build();
    }

    private static ResponseDefinitionBuilder error(int status, String code, String description) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(JSON.createObjectNode()
                        .put("message", code)
                        .put("description", description)
                        .toString());
    }

    private static ResponseDefinitionBuilder answer(JsonNode body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body.toString());
    }

    @Override
    public void close() {
        server.stop();
    }
}
