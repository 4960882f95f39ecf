package dev.ingest.csv.bench;

import dev.ingest.core.engine.StreamResult;
import dev.ingest.core.engine.SyncEngine;
import dev.ingest.core.engine.SyncListener;
import dev.ingest.core.engine.SyncRequest;
import dev.ingest.core.history.RunCounts;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.core.warehouse.Warehouse;
import dev.ingest.core.warehouse.WarehouseConfig;
import dev.ingest.csv.CsvImport;
import dev.ingest.csv.CsvImportOptions;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a generated contacts CSV into PostgreSQL through the engine, and times the stages apart so
 * it shows where the time goes: reading (parse + raw JSON records), reading with cleaning, the full
 * import (clean + COPY into staging + upsert + history), and a re-import where every row is unchanged.
 * Usage: {@code CsvImportBenchmark <file> <jdbc-url> <user>}.
 */
public final class CsvImportBenchmark {

    private CsvImportBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        WarehouseConfig config = new WarehouseConfig(args[1], args[2], null);
        CsvImportOptions options = CsvImportOptions.of("hubspot_contacts", file);

        long[] counts = stage("read (parse + raw records)", options, false);
        stage("read + clean (processor)", options, true);
        try (Warehouse warehouse = Warehouse.open(config)) {
            importOnce("import, empty table", warehouse, options);
            importOnce("re-import, all unchanged", warehouse, options);
        }
        System.out.printf("rows in file: %d%n", counts[0]);
    }

    private static long[] stage(String name, CsvImportOptions options, boolean clean) {
        CsvImport imp = CsvImport.open(options);
        long started = System.nanoTime();
        long records = 0;
        long rows = 0;
        try (RecordReader reader = imp.client().read(imp.plan().stream(), new ReadRequest(SyncMode.FULL, null, null, SyncRequest.DEFAULT_BATCH_SIZE))) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                for (RawRecord record : batch.records()) {
                    records++;
                    if (clean && imp.plan().processor().process(record) instanceof Row) {
                        rows++;
                    }
                }
            }
        }
        report(name, records, System.nanoTime() - started, clean ? rows + " clean rows" : "");
        return new long[] {records};
    }

    private static void importOnce(String name, Warehouse warehouse, CsvImportOptions options) {
        CsvImport imp = CsvImport.open(options);
        BatchTimes times = new BatchTimes();
        BackendCpu backends = new BackendCpu(warehouse);
        long loaderCpu = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        StreamResult result = new SyncEngine(warehouse).sync(imp.connector(), imp.client(),
                imp.request(SyncRequest.all()), times).streams().get(0);
        long elapsed = System.nanoTime() - started;
        if (result.error() != null) {
            throw new IllegalStateException(result.error());
        }
        report(name, result.counts().processed(), elapsed, String.format("created %d, updated %d, unchanged %d, rejected %d, duplicate keys %d; heap max %d MB",
                result.counts().created(), result.counts().updated(), result.counts().unchanged(), result.counts().rejected(),
                imp.duplicateKeys(), Runtime.getRuntime().maxMemory() >> 20));
        System.out.println("       ms between batch commits, by tenth of the import: " + times.byTenth());
        System.out.printf("       CPU seconds: extract+clean thread %.1f, load thread %.1f, PostgreSQL backends %.1f; wall %.1f; load average %.1f%n",
                times.producerCpu / 1e9, (THREADS.getCurrentThreadCpuTime() - loaderCpu) / 1e9, backends.seconds(),
                elapsed / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of this database's PostgreSQL backends (local server), from /proc, in clock ticks of 10 ms. */
    private static final class BackendCpu {

        private final Warehouse warehouse;
        private final Map<Integer, Long> before = new HashMap<>();

        BackendCpu(Warehouse warehouse) {
            this.warehouse = warehouse;
            pids().forEach(pid -> before.put(pid, ticks(pid)));
        }

        double seconds() {
            long total = 0;
            for (int pid : pids()) {
                total += ticks(pid) - before.getOrDefault(pid, 0L);
            }
            return total / 100.0;
        }

        private List<Integer> pids() {
            return warehouse.dsl().fetch("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                    .getValues(0, Integer.class);
        }

        private static long ticks(int pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /** Time between batch commits: flat if each batch costs the same, rising if batches slow down as the table grows. */
    private static final class BatchTimes implements SyncListener {

        private final List<Long> gaps = new ArrayList<>();
        private long last = System.nanoTime();
        private long producerCpu;

        @Override
        public void batchDone(String stream, RunCounts soFar) {
            Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("ingest-extract-"))
                    .forEach(t -> producerCpu = Math.max(producerCpu, THREADS.getThreadCpuTime(t.getId())));
            long now = System.nanoTime();
            gaps.add(now - last);
            last = now;
        }

        String byTenth() {
            List<String> tenths = new ArrayList<>();
            int size = gaps.size();
            for (int t = 0; t < 10 && size > 0; t++) {
                List<Long> part = gaps.subList(t * size / 10, Math.max(t * size / 10 + 1, (t + 1) * size / 10));
                tenths.add(String.valueOf(part.stream().mapToLong(Long::longValue).sum() / part.size() / 1_000_000));
            }
            return String.join(" ", tenths);
        }
    }

    private static void report(String name, long rows, long nanos, String detail) {
        double seconds = nanos / 1e9;
        System.out.printf("engine %-28s %,10d rows in %7.2f s = %,9.0f rows/s  %s%n", name, rows, seconds, rows / seconds, detail);
    }
}
