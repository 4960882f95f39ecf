package dev.ingest.http.example;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Example CRM API as {@link ExampleCrmConnector} documents it, in memory behind WireMock: customers paged by
 * number three to a page (the server's size) and filtered by {@code updated_since}, deals paged by cursor two to a
 * page with archived ones flagged, users as bare arrays of {@code per_page}; a wrong key is refused with 401, and a
 * 429 with {@code Retry-After} or a broken page can be asked for.
 */
final class FakeExampleCrm implements ResponseDefinitionTransformerV2, AutoCloseable {

    static final String KEY = "example-key-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CUSTOMERS_PER_PAGE = 3;
    private static final int DEALS_PER_PAGE = 2;

    private final WireMockServer server =
            new WireMockServer(options().dynamicPort().extensions(this));
    private final List<ObjectNode> customers = new ArrayList<>();
    private final List<ObjectNode> deals = new ArrayList<>();
    private final List<ObjectNode> users = new ArrayList<>();
    private Instant now = Instant.parse("2024-06-01T00:00:00Z");
    private String throttledPath;
    private String brokenPath;
    private String brokenPage;

    FakeExampleCrm() {
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    }

    @Override
    public String getName() {
        return "fake-example-crm";
    }

    WireMockServer server() {
        return server;
    }

    synchronized ObjectNode addCustomer(long id, String name, String city) {
        ObjectNode customer = JSON.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("lifetime_value", id * 100 + ".25")
                .put("active", id % 2 == 1)
                .put("signed_up", "2023-0" + (1 + id % 9) + "-15");
        customer.putObject("address").put("city", city);
        customer.putArray("tags").add("tag" + id).addObject().put("source", "web");
        customers.add(customer);
        return touch(customer);
    }

    /** Changes a customer's name, as an edit in the CRM does, moving its {@code updated_at} on. */
    synchronized void renameCustomer(long id, String name) {
        ObjectNode customer = customers.stream()
                .filter(c -> c.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        touch(customer.put("name", name));
    }

    synchronized void addDeal(String id, long customerId, String amount, boolean archived) {
        ObjectNode deal = JSON.createObjectNode()
                .put("id", id)
                .put("amount", amount)
                .put("stage", archived ? "lost" : "open")
                .put("archived", archived);
        deal.putObject("customer").put("id", customerId);
        deals.add(touch(deal));
    }

    synchronized void addUsers(int count) {
        for (int i = 1; i <= count; i++) {
            users.add(JSON.createObjectNode()
                    .put("id", i)
                    .put("email", "user" + i + "@example.com")
                    .put("created_at", now.toEpochMilli()));
        }
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

    synchronized void repair() {
        brokenPath = null;
    }

    int requests(String path, String parameter, String value) {
        return (int) server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> r.getUrl().split("\\?")[0].equals(path)
                        && r.queryParameter(parameter).containsValue(value))
                .count();
    }

    private ObjectNode touch(ObjectNode record) {
        now = now.plus(Duration.ofMinutes(1));
        return record.put("updated_at", now.toString());
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String path = request.getUrl().split("\\?")[0];
        if (!KEY.equals(request.getHeader("X-Api-Key"))) {
            return answer(401, JSON.createObjectNode().put("error", "invalid API key"))
                    .build();
        }
        if (path.equals(throttledPath)) {
            throttledPath = null;
            return answer(429, JSON.createObjectNode().put("error", "slow down"))
                    .withHeader("Retry-After", "1")
                    .build();
        }
        if (path.equals(brokenPath) && request.queryParameter("page").containsValue(brokenPage)) {
            return answer(503, JSON.createObjectNode().put("error", "upstream unavailable"))
                    .build();
        }
        return switch (path) {
            case "/v1/customers" -> customers(request).build();
            case "/v1/deals" -> deals(request).build();
            case "/v1/users" -> users(request).build();
            default ->
                answer(404, JSON.createObjectNode().put("error", "no such endpoint"))
                        .build();
        };
    }

    private ResponseDefinitionBuilder customers(LoggedRequest request) {
        if (!request.queryParameter("sort").containsValue("updated_at")) {
            return answer(400, JSON.createObjectNode().put("error", "sort must be updated_at"));
        }
        QueryParameter since = request.queryParameter("updated_since");
        List<ObjectNode> matching = customers.stream()
                .filter(c -> !since.isPresent()
                        || !Instant.parse(c.get("updated_at").asText()).isBefore(Instant.parse(since.firstValue())))
                .sorted(Comparator.comparing(
                                (ObjectNode c) -> c.get("updated_at").asText())
                        .thenComparing(c -> c.get("id").asLong()))
                .toList();
        int page = Integer.parseInt(request.queryParameter("page").firstValue());
        List<ObjectNode> slice = slice(matching, (page - 1) * CUSTOMERS_PER_PAGE, CUSTOMERS_PER_PAGE);
        ObjectNode body = JSON.createObjectNode();
        body.putArray("data").addAll(slice);
        body.putObject("meta").put("more_pages", page * CUSTOMERS_PER_PAGE < matching.size());
        return answer(200, body);
    }

    private ResponseDefinitionBuilder deals(LoggedRequest request) {
        QueryParameter after = request.queryParameter("after");
        int from = after.isPresent() ? Integer.parseInt(after.firstValue().substring("d-".length())) : 0;
        ObjectNode body = JSON.createObjectNode();
        body.putArray("deals").addAll(slice(deals, from, DEALS_PER_PAGE));
        body.putObject("paging")
                .put("next", from + DEALS_PER_PAGE < deals.size() ? "d-" + (from + DEALS_PER_PAGE) : null);
        return answer(200, body);
    }

    private ResponseDefinitionBuilder users(LoggedRequest request) {
        int page = Integer.parseInt(request.queryParameter("page").firstValue());
        int perPage = Integer.parseInt(request.queryParameter("per_page").firstValue());
        ArrayNode body = JSON.createArrayNode().addAll(slice(users, (page - 1) * perPage, perPage));
        return answer(200, body);
    }

    private static List<ObjectNode> slice(List<ObjectNode> records, int from, int size) {
        return records.subList(Math.min(from, records.size()), Math.min(from + size, records.size()));
    }

    private static ResponseDefinitionBuilder answer(int status, com.fasterxml.jackson.databind.JsonNode body) {
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
