package dev.ingest.callrail.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.callrail.CallRailSettings;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.http.auth.HeaderAuth;
import dev.ingest.http.client.Answer;
import dev.ingest.http.client.ErrorFormat;
import dev.ingest.http.client.JsonApi;
import dev.ingest.http.client.RequestLimits;
import dev.ingest.http.client.RetryAfter;
import dev.ingest.http.client.RollingWindowLimiter;
import dev.ingest.http.paging.NumberedPages;
import dev.ingest.http.paging.Origin;
import dev.ingest.http.streams.RestEndpoint;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CallRail API key's view of the API: requests within the hourly and daily budgets every stream of the run
 * shares, errors in the API's words, the accounts to read, and the days a read may ask for.
 */
public final class CallRailApi {

    /** The most records a list answers at once. */
    public static final int PAGE_SIZE = 250;
    /** The time zone every date filter is sent in, so that a day means the same to the API and to the stored cursor. */
    public static final String TIME_ZONE = "Etc/UTC";
    /** Calls, texts and forms are deleted after 25 months; asking for earlier days is refused. */
    private static final int RETENTION_MONTHS = 25;

    private final CallRailSettings settings;
    private final RestEndpoint endpoint;
    private final Origin origin;
    private final Clock clock;
    private List<String> accounts;

    public CallRailApi(CallRailSettings settings, Pace pace, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.origin = Origin.of(settings.baseUrl());
        // The daily budget first: spent, it stops the request before the hourly one is waited for.
        RollingWindowLimiter daily =
                RollingWindowLimiter.budget("daily budget", settings.requestsPerDay(), pace.day(), pace.hour());
        RollingWindowLimiter hourly =
                RollingWindowLimiter.budget("hourly budget", settings.requestsPerHour(), pace.hour(), pace.hour());
        this.endpoint = JsonApi.builder(settings.baseUrl())
                .auth(new HeaderAuth(List.of(new HeaderAuth.Header(
                        "Authorization", "Token token=\"" + settings.apiKey() + "\"", settings.apiKey()))))
                .rateLimits(new RequestLimits(daily, List.of(new RequestLimits.Narrower(request -> true, hourly))))
                // A 429 carries no header saying how long: wait the pace's throttle.
                .throttle(RetryAfter.HEADER, pace.throttle())
                // {"error": "..."} in its words, else the body as given.
                .errorFormat((status, body, text) ->
                        body != null && body.path("error").isTextual()
                                ? "HTTP " + status + ": " + body.get("error").asText()
                                : ErrorFormat.PLAIN.describe(status, body, text))
                .retries(new JsonApi.Retries(6, Duration.ofSeconds(1), Duration.ofSeconds(60), Thread::sleep))
                .timeouts(new JsonApi.Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60)))
                .build()
                .target(RestEndpoint.class);
    }

    public Origin origin() {
        return origin;
    }

    public Answer answer(String path, Map<String, String> query) {
        return endpoint.answer(path, query, Map.of());
    }

    public Answer at(URI url) {
        return endpoint.at(url, Map.of());
    }

    public JsonNode get(String path, Map<String, String> query) {
        return endpoint.get(path, query, Map.of());
    }

    /** The accounts to read, in a fixed order: the one set, or every one the key sees (asked once per client). */
    public synchronized List<String> accounts() {
        if (accounts == null) {
            accounts = settings.accountId().map(List::of).orElseGet(this::listAccounts);
        }
        return accounts;
    }

    private List<String> listAccounts() {
        List<String> ids = new ArrayList<>();
        try (RecordReader reader = listing("/v3/a.json", "accounts", Map.of(), null)) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                batch.records().forEach(r -> ids.add(r.data().path("id").asText()));
            }
        }
        return ids.stream().sorted().toList();
    }

    /** A list paged by number with {@code total_pages}, {@link #PAGE_SIZE} records a page, from {@code checkpoint}. */
    public RecordReader listing(String path, String key, Map<String, String> query, String checkpoint) {
        return new NumberedPages(1, key, new NumberedPages.TotalPages("page", "total_pages"))
                .reader(
                        page -> {
                            Map<String, String> all = new LinkedHashMap<>(query);
                            all.put("per_page", Integer.toString(PAGE_SIZE));
                            all.put("page", Integer.toString(page));
                            return get(path, all);
                        },
                        checkpoint);
    }

    /** The path of an account's resource: {@code /v3/a/{account}/{resource}}. */
    public static String path(String account, String resource) {
        return "/v3/a/" + account + "/" + resource;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The first day the API still keeps: a day earlier is refused. */
    public LocalDate oldestDay() {
        return today().minusMonths(RETENTION_MONTHS).plusDays(1);
    }

    /** The first day a full sync reads: {@code START_DATE}, never before {@link #oldestDay()}. */
    public LocalDate fullSyncStart() {
        LocalDate oldest = oldestDay();
        return settings.startDate().filter(d -> d.isAfter(oldest)).orElse(oldest);
    }

    /** The first day an incremental run from {@code cursor} reads: its day less the look-back, never before the oldest. */
    public LocalDate incrementalStart(Instant cursor) {
        LocalDate from = cursor.atZone(ZoneOffset.UTC).toLocalDate().minusDays(settings.lookbackDays());
        LocalDate oldest = oldestDay();
        return from.isBefore(oldest) ? oldest : from;
    }

    /** The records of {@code batch}, each with {@code account_id} set: rows say which account they came from. */
    public static Batch withAccount(Batch batch, String account) {
        List<RawRecord> records = new ArrayList<>(batch.records().size());
        for (RawRecord record : batch.records()) {
            ObjectNode data = record.data();
            data.put("account_id", account);
            records.add(RawRecord.of(data));
        }
        return new Batch(records, batch.checkpoint(), batch.inCursorOrder());
    }
}
