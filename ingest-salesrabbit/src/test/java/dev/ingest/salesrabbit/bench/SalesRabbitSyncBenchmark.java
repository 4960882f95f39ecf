package dev.ingest.salesrabbit.bench;

import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.WarehouseFixture;
import dev.ingest.salesrabbit.SalesRabbitConnector;
import dev.ingest.salesrabbit.fake.FakeSalesRabbit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A full sync of the {@code leads} stream from a fake SalesRabbit that answers at once, into a new warehouse of each
 * kind, with the connector's real client (a request pace far above what the fake is asked). Reported per warehouse:
 * the leads loaded per second, and the requests made against {@code ceil(leads / page size)}, the fewest that
 * {@code meta.morePages} allows. Arguments: {@code [leads] [page size] [postgres|duckdb]}, default 200,000, 1000,
 * both.
 */
public final class SalesRabbitSyncBenchmark {

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<WarehouseConfig.Kind> kinds = args.length > 2
                ? List.of(
                        args[2].equalsIgnoreCase("postgres")
                                ? WarehouseConfig.Kind.POSTGRES
                                : WarehouseConfig.Kind.DUCKDB)
                : List.of(WarehouseConfig.Kind.POSTGRES, WarehouseConfig.Kind.DUCKDB);
        SalesRabbitConnector connector = new SalesRabbitConnector();
        try (FakeSalesRabbit fake = FakeSalesRabbit.withoutJournal()) {
            fake.addUsers(1);
            fake.addLeads(count);
            Settings settings = Settings.fromShortNames(
                    connector.name(),
                    connector.settings(),
                    Map.of(
                            "BASE_URL",
                            fake.baseUrl(),
                            "API_TOKEN",
                            FakeSalesRabbit.TOKEN,
                            "PAGE_SIZE",
                            Integer.toString(pageSize),
                            "REQUESTS_PER_MINUTE",
                            "60000"));
            long fewest = (count + pageSize - 1) / pageSize;
            for (WarehouseConfig.Kind kind : kinds) {
                try (WarehouseFixture fixture = WarehouseFixture.create(kind);
                        Client client = connector.open(settings)) {
                    int before = fake.requestCount();
                    StreamResult leads = new SyncEngine(fixture.warehouse())
                            .sync(connector, client, SyncRequest.all().withStreams(List.of("leads")), SyncListener.NONE)
                            .streams()
                            .get(0);
                    int requests = fake.requestCount() - before;
                    double seconds = leads.elapsed().toNanos() / 1e9;
                    System.out.printf(
                            Locale.ROOT,
                            "%s: status %s, %,d leads in %.2f s = %,.0f rows/s; %d requests for ceil(%,d / %d) = %d"
                                    + " (%+d); heap max %d MB%n",
                            kind,
                            leads.status(),
                            leads.counts().processed(),
                            seconds,
                            leads.counts().processed() / seconds,
                            requests,
                            count,
                            pageSize,
                            fewest,
                            requests - fewest,
                            Runtime.getRuntime().maxMemory() >> 20);
                }
            }
        }
    }
}
