package dev.ingest.hubspot.bench;

import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Settings;
import dev.ingest.hubspot.HubSpotConnector;
import dev.ingest.hubspot.HubSpotSettings;
import dev.ingest.hubspot.api.HubSpotClient;
import dev.ingest.hubspot.fake.FakeHubSpot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A full sync of contacts from a fake HubSpot that enforces 100 requests per rolling ten seconds (answering
 * 429 beyond), into a new DuckDB file, with the connector's real limiter and retries.
 * <p>
 * The bound: if every allowed request returned a full page, 100 requests x 100 records = 10,000 records per
 * 10 s. Reported: the sync's records per 10 s as a share of that bound, the same against the fastest
 * schedule the limit allows for the requests the run made (a first window may burst: (ceil(n/100) - 1) x 10 s),
 * and the number of 429 answers. Arguments: {@code [contacts] [batch size]}, default 20,000 and the engine's default batch.
 */
public final class HubSpotSyncBenchmark {

    private static final int LIMIT = 100;
    private static final int PAGE = 100;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : SyncRequest.DEFAULT_BATCH_SIZE;
        Path directory = Files.createTempDirectory("hubspot-bench");
        try (FakeHubSpot fake = new FakeHubSpot();
                Warehouse warehouse = Warehouse.open(WarehouseConfig.embedded(directory))) {
            for (int i = 0; i < count; i++) {
                fake.create(
                        "contacts",
                        Map.of(
                                "email",
                                "c" + i + "@example.com",
                                "firstname",
                                "First" + i,
                                "lastname",
                                "Last" + i,
                                "lifecyclestage",
                                "lead"));
            }
            fake.limitRequestsPer10s(LIMIT);
            Map<String, String> values = new HashMap<>();
            values.put("BASE_URL", fake.baseUrl());
            values.put("ACCESS_TOKEN", FakeHubSpot.TOKEN);
            values.put("REQUESTS_PER_10S", Integer.toString(LIMIT));
            HubSpotConnector connector = new HubSpotConnector();
            long started = System.nanoTime();
            long startedMillis = System.currentTimeMillis();
            SyncReport report;
            try (HubSpotClient client = (HubSpotClient)
                    connector.open(Settings.fromShortNames(connector.name(), HubSpotSettings.DECLARED, values))) {
                report = new SyncEngine(warehouse)
                        .sync(
                                connector,
                                client,
                                SyncRequest.all()
                                        .withStreams(List.of("contacts"))
                                        .withBatchSize(batchSize),
                                SyncListener.NONE);
            }
            double total = (System.nanoTime() - started) / 1e9;
            long endMillis = System.currentTimeMillis();
            StreamResult contacts = report.streams().get(0);
            int requests = fake.server().getAllServeEvents().size();
            double seconds = contacts.elapsed().toNanos() / 1e9;
            double perTenSeconds = contacts.counts().processed() / total * 10;
            double streamPerTenSeconds = contacts.counts().processed() / seconds * 10;
            double fastest = (Math.ceil(requests / (double) LIMIT) - 1) * 10;

            List<Long> at = fake.server().getAllServeEvents().stream()
                    .map(e -> e.getRequest().getLoggedDate().getTime())
                    .sorted()
                    .toList();
            System.out.printf(
                    Locale.ROOT,
                    "batches of %,d: status %s, %,d contacts loaded, %d requests (%d for discovery), %d answered 429%n",
                    batchSize,
                    contacts.status(),
                    contacts.counts().processed(),
                    requests,
                    requests - fake.count("GET", "/crm/v3/objects/contacts"),
                    fake.rateLimitedCount());
            System.out.printf(
                    Locale.ROOT,
                    "whole sync %.2f s (first request after %d ms, done %d ms after the last), contacts stream %.2f s, heap max %d MB%n",
                    total,
                    at.get(0) - startedMillis,
                    endMillis - at.get(at.size() - 1),
                    seconds,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(
                    Locale.ROOT,
                    "whole sync: %,.0f records per 10 s = %.1f%% of the bound (%,d records per 10 s)%n",
                    perTenSeconds,
                    100 * perTenSeconds / (LIMIT * PAGE),
                    LIMIT * PAGE);
            System.out.printf(
                    Locale.ROOT,
                    "contacts stream: %,.0f records per 10 s = %.1f%% of the bound%n",
                    streamPerTenSeconds,
                    100 * streamPerTenSeconds / (LIMIT * PAGE));
            System.out.printf(
                    Locale.ROOT,
                    "fastest compliant schedule for %d requests: %.0f s; this run took %.2f s = %.1f%% of that pace%n",
                    requests,
                    fastest,
                    total,
                    100 * fastest / total);
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
