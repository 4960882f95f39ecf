package dev.ingest.callrail.bench;

import dev.ingest.callrail.CallRailConnector;
import dev.ingest.callrail.client.Pace;
import dev.ingest.callrail.fake.FakeCallRail;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A full sync of one account's calls from a fake CallRail that allows {@code budget} requests per rolling window (its
 * hour scaled down, 429 without headers beyond), into a new DuckDB file, with the connector's real budgets sized to
 * the same window.
 * <p>
 * The bound: every allowed request a full page, {@code budget} x 250 records per window. Reported: requests made
 * against the minimum ({@code ceil(calls / 250)} pages, plus one per date slice that ends short), the 429 answers,
 * and records per window as a share of the bound. Arguments: {@code [calls] [budget] [window seconds]}, default
 * 50,000 calls, 20 requests per 10 s.
 */
public final class CallRailSyncBenchmark {

    private static final String ACCOUNT = "ACC0000000000000000000000000000bench";

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int budget = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 10);
        Clock clock = Clock.systemUTC();
        Path directory = Files.createTempDirectory("callrail-bench");
        try (FakeCallRail fake = new FakeCallRail(clock);
                Warehouse warehouse = Warehouse.open(WarehouseConfig.embedded(directory))) {
            fake.addAccount(ACCOUNT, "Bench");
            Instant now = clock.instant();
            // Within the last 20 days: one 30-day slice from the start date holds them all.
            Duration step = Duration.ofDays(20).dividedBy(calls);
            for (int i = 0; i < calls; i++) {
                fake.addCall(ACCOUNT, now.minus(step.multipliedBy(i + 1L)));
            }
            fake.limit(budget, window);
            CallRailConnector connector = new CallRailConnector(new Pace(window, Duration.ofDays(1), window), clock);
            Settings settings = Settings.fromShortNames(
                    connector.name(),
                    connector.settings(),
                    Map.of(
                            "BASE_URL",
                            fake.baseUrl(),
                            "API_KEY",
                            FakeCallRail.KEY,
                            "ACCOUNT_ID",
                            ACCOUNT,
                            "REQUESTS_PER_HOUR",
                            Integer.toString(budget),
                            "REQUESTS_PER_DAY",
                            "1000000",
                            "START_DATE",
                            LocalDate.now(ZoneOffset.UTC).minusDays(25).toString()));
            long started = System.nanoTime();
            StreamResult result;
            try (Client client = connector.open(settings)) {
                result = new SyncEngine(warehouse)
                        .sync(connector, client, SyncRequest.all().withStreams(List.of("calls")), SyncListener.NONE)
                        .streams()
                        .get(0);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int requests = fake.requests().size();
            int minimum = (calls + 249) / 250;
            double perWindow = result.counts().processed() / seconds * window.toMillis() / 1000.0;
            double bound = budget * 250.0;
            double fastest = (Math.ceil(requests / (double) budget) - 1) * window.toMillis() / 1000.0;
            System.out.printf(
                    Locale.ROOT,
                    "status %s, %,d calls loaded of %,d; %d requests (minimum %d, %d over), %d answered 429%n",
                    result.status(),
                    result.counts().processed(),
                    calls,
                    requests,
                    minimum,
                    requests - minimum,
                    fake.throttledAnswers());
            System.out.printf(
                    Locale.ROOT,
                    "%.2f s; %,.0f records per %d s window = %.1f%% of the bound (%,.0f: %d requests x 250)%n",
                    seconds,
                    perWindow,
                    window.toSeconds(),
                    100 * perWindow / bound,
                    bound,
                    budget);
            System.out.printf(
                    Locale.ROOT,
                    "fastest compliant schedule for %d requests: %.0f s; this run took %.2f s = %.1f%% of that pace%n",
                    requests,
                    fastest,
                    seconds,
                    100 * fastest / seconds);
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
