package dev.ingest.core.bench;

import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.ConnectorRegistry;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.testing.WarehouseFixture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pushes the sample connector's contacts through the engine into PostgreSQL and DuckDB, and in the
 * same run loads the same rows with a plain COPY and a plain appender, the reference a hand-written
 * loader would reach. Each warehouse is new and empty for each measurement.
 * <p>
 * Arguments: {@code [rows] [rounds] [postgres|duckdb]}, default 1,000,000 rows, 2 rounds, both warehouses; run it with a capped heap
 * ({@code bench/load.sh} passes {@code -Xmx256m}).
 */
public final class LoadBenchmark {

    /** The engine's batch size, {@code -Dbench.batch=N} to try another. */
    private static final int BATCH_SIZE = Integer.getInteger("bench.batch", SyncRequest.DEFAULT_BATCH_SIZE);

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Connector sample = ConnectorRegistry.load().get("sample");
        Settings settings = Settings.fromShortNames("sample", sample.settings(), Map.of("COUNT", Long.toString(rows)));
        Stream contacts = sample.streams().stream()
                .filter(s -> s.name().equals("contacts"))
                .findFirst()
                .orElseThrow();

        System.out.printf(
                Locale.ROOT,
                "%,d sample contacts (%d columns), heap max %d MB, %d rounds%n",
                rows,
                contacts.columns().size(),
                Runtime.getRuntime().maxMemory() >> 20,
                rounds);
        System.out.printf(Locale.ROOT, "%-10s %-22s %12s %12s%n", "warehouse", "loader", "seconds", "rows/s");
        List<WarehouseConfig.Kind> kinds = args.length > 2
                ? List.of(WarehouseConfig.Kind.valueOf(args[2].toUpperCase(Locale.ROOT)))
                : List.of(WarehouseConfig.Kind.values());
        for (WarehouseConfig.Kind kind : kinds) {
            double bestReference = 0;
            double bestEngine = 0;
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                double reference = measure(
                        kind,
                        "plain " + (kind == WarehouseConfig.Kind.POSTGRES ? "COPY" : "appender"),
                        rows,
                        warehouse -> RawLoader.forKind(kind).load(warehouse, sample, settings, contacts));
                double engine = measure(kind, "ingest engine", rows, warehouse -> {
                    try (Client client = sample.open(settings)) {
                        StreamResult result = new SyncEngine(warehouse)
                                .sync(
                                        sample,
                                        client,
                                        SyncRequest.all()
                                                .withStreams(List.of("contacts"))
                                                .withBatchSize(BATCH_SIZE),
                                        SyncListener.NONE)
                                .streams()
                                .get(0);
                        if (result.counts().created() != rows) {
                            throw new IllegalStateException(
                                    "engine created " + result.counts() + ": " + result.error());
                        }
                    }
                });
                bestReference = Math.max(bestReference, reference);
                bestEngine = Math.max(bestEngine, engine);
                ratios.add(engine / reference);
            }
            Collections.sort(ratios);
            // Runs on a small shared machine vary by a fifth; the median of the rounds' ratios is the steadier figure.
            System.out.printf(
                    Locale.ROOT,
                    "%-10s engine / reference: best of %d %.0f%%, median of the rounds' ratios %.0f%%%n",
                    label(kind),
                    rounds,
                    100 * bestEngine / bestReference,
                    100 * ratios.get(ratios.size() / 2));
        }
    }

    private static double measure(WarehouseConfig.Kind kind, String loader, long rows, WarehouseLoad load)
            throws Exception {
        try (WarehouseFixture fixture = WarehouseFixture.create(kind)) {
            Warehouse warehouse = fixture.warehouse();
            System.gc();
            long start = System.nanoTime();
            load.run(warehouse);
            // Closing includes DuckDB's final checkpoint, work a loader that defers checkpoints must still pay for.
            fixture.release();
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = rows / seconds;
            System.out.printf(Locale.ROOT, "%-10s %-22s %12.2f %,12.0f%n", label(kind), loader, seconds, rate);
            return rate;
        }
    }

    private static String label(WarehouseConfig.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private interface WarehouseLoad {
        void run(Warehouse warehouse) throws Exception;
    }
}
