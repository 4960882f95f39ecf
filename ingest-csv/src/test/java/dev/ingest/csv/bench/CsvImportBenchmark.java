package dev.ingest.csv.bench;

import dev.ingest.core.RunCounts;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.csv.CsvImport;
import dev.ingest.csv.CsvImportOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports a generated contacts CSV into PostgreSQL through the engine, and times the stages apart so
 * it shows where the time goes: reading (parse + raw JSON records), reading with cleaning, the full
 * import (clean + COPY into staging + upsert + history), and a re-import where every row is unchanged.
 * Each round imports the file into an empty table, then loads it with {@code psql \copy} (no validation,
 * text columns) into an empty table of the same columns and key: the two are timed side by side, so a
 * machine whose speed drifts during the run moves both. Usage:
 * {@code CsvImportBenchmark <file> <jdbc-url> <user> [rounds]}; {@code psql} must be on the path.
 */
public final class CsvImportBenchmark {

    private CsvImportBenchmark() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        WarehouseConfig config = new WarehouseConfig(args[1], args[2], null);
        CsvImportOptions options = CsvImportOptions.of("hubspot_contacts", file);

        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;

        long[] counts = stage("read (parse + raw records)", options, false);
        stage("read + clean (processor)", options, true);
        List<Double> ratios = new ArrayList<>();
        double bestImport = Double.MAX_VALUE;
        double bestCopy = Double.MAX_VALUE;
        try (Warehouse warehouse = Warehouse.open(config)) {
            warehouse.dsl().execute("CREATE SCHEMA IF NOT EXISTS plain");
            warehouse.dsl().execute("CREATE TABLE IF NOT EXISTS plain.copy_contacts (" + PLAIN_COLUMNS + ")");
            for (int round = 1; round <= rounds; round++) {
                warehouse.dsl().execute("DROP TABLE IF EXISTS csv.hubspot_contacts");
                double imported = importOnce("import, empty table (round " + round + ")", warehouse, options);
                warehouse.dsl().execute("TRUNCATE plain.copy_contacts");
                double copied = psqlCopy(args[1], args[2], file, counts[0]);
                bestImport = Math.min(bestImport, imported);
                bestCopy = Math.min(bestCopy, copied);
                ratios.add(copied / imported);
            }
            importOnce("re-import, all unchanged", warehouse, options);
        }
        System.out.printf("rows in file: %d%n", counts[0]);
        List<Double> sorted = ratios.stream().sorted().toList();
        // As bench/load.sh: the best of each can pair a lucky \copy with another round's import; the median of the
        // rounds' own ratios is the steadier figure on a machine whose speed drifts.
        System.out.printf(
                "import / psql \\copy rows/s, best of %d each: %.1f%% (target >= 50%%); median of the rounds' ratios %.0f%%;"
                        + " each round's own: %s%n",
                rounds,
                100 * bestCopy / bestImport,
                100 * sorted.get(sorted.size() / 2),
                String.join(
                        ", ",
                        ratios.stream()
                                .map(ratio -> String.format("%.0f%%", 100 * ratio))
                                .toList()));
    }

    private static final String PLAIN_COLUMNS =
            "record_id bigint PRIMARY KEY, first_name text, last_name text, email text, phone text,"
                    + " company text, job_title text, city text, state text, zip text, created_at text, lifecycle_stage text";

    /** {@code psql \copy} of the file into plain.copy_contacts; its wall seconds, with the backend's CPU (from /proc, read as superuser) printed. */
    private static double psqlCopy(String url, String user, Path file, long rows) {
        String database = url.substring(url.lastIndexOf('/') + 1);
        String script = String.join(
                "\n",
                "\\set cpu 'SELECT (f[12]::bigint + f[13]::bigint) AS ticks FROM (SELECT regexp_split_to_array(split_part("
                        + "pg_read_file(''/proc/'' || pg_backend_pid() || ''/stat''), '') '', 2), '' '') AS f) s'",
                ":cpu \\gset before_",
                "\\copy plain.copy_contacts FROM '" + file.toAbsolutePath() + "' WITH (FORMAT csv, HEADER true)",
                ":cpu \\gset after_",
                "\\echo :before_ticks :after_ticks",
                "");
        try {
            Process psql = new ProcessBuilder(
                            "psql",
                            "-h",
                            "127.0.0.1",
                            "-U",
                            user,
                            "-d",
                            database,
                            "-v",
                            "ON_ERROR_STOP=1",
                            "-q",
                            "-A",
                            "-t")
                    .redirectErrorStream(true)
                    .start();
            long started = System.nanoTime();
            psql.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
            psql.getOutputStream().close();
            String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = psql.waitFor();
            long elapsed = System.nanoTime() - started;
            if (exit != 0) {
                throw new IllegalStateException("psql \\copy failed (" + exit + "): " + output);
            }
            String[] ticks = output.lines().reduce((a, b) -> b).orElse("0 0").split(" ");
            System.out.printf(
                    "psql \\copy (no validation)          %,10d rows in %7.2f s = %,9.0f rows/s  PostgreSQL backend CPU %.1f s%n",
                    rows,
                    elapsed / 1e9,
                    rows / (elapsed / 1e9),
                    (Long.parseLong(ticks[1]) - Long.parseLong(ticks[0])) / 100.0);
            return elapsed / 1e9;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long[] stage(String name, CsvImportOptions options, boolean clean) {
        CsvImport imp = CsvImport.open(options);
        long started = System.nanoTime();
        long records = 0;
        long rows = 0;
        try (RecordReader reader = imp.client()
                .read(
                        imp.plan().stream(),
                        new ReadRequest(SyncMode.FULL, null, null, SyncRequest.DEFAULT_BATCH_SIZE))) {
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

    /** One import through the engine; its wall seconds. */
    private static double importOnce(String name, Warehouse warehouse, CsvImportOptions options) {
        CsvImport imp = CsvImport.open(options);
        BatchTimes times = new BatchTimes();
        BackendCpu backends = new BackendCpu(warehouse);
        long loaderCpu = THREADS.getCurrentThreadCpuTime();
        long processCpu = PROCESS.getProcessCpuTime();
        Map<String, Long> jvmThreads = jvmThreadTicks();
        long started = System.nanoTime();
        StreamResult result = new SyncEngine(warehouse)
                .sync(
                        imp.connector(),
                        imp.client(),
                        imp.request(SyncRequest.all().withBatchSize(BATCH_SIZE)),
                        times)
                .streams()
                .get(0);
        long elapsed = System.nanoTime() - started;
        if (result.error() != null) {
            throw new IllegalStateException(result.error());
        }
        report(
                name,
                result.counts().processed(),
                elapsed,
                String.format(
                        "created %d, updated %d, unchanged %d, rejected %d, duplicate keys %d; heap max %d MB",
                        result.counts().created(),
                        result.counts().updated(),
                        result.counts().unchanged(),
                        result.counts().rejected(),
                        imp.duplicateKeys(),
                        Runtime.getRuntime().maxMemory() >> 20));
        List<String> byKind = new ArrayList<>();
        jvmThreadTicks().forEach((kind, ticks) -> {
            if (kind.startsWith("GC")
                    || kind.startsWith("G1")
                    || kind.startsWith("C1")
                    || kind.startsWith("C2")
                    || kind.equals("VM Thread")) {
                byKind.add(String.format("%s %.2f", kind, (ticks - jvmThreads.getOrDefault(kind, 0L)) / 100.0));
            }
        });
        System.out.println(
                "       CPU seconds of the JVM's collector and compiler threads: " + String.join(", ", byKind));
        System.out.println("       ms between batch commits, by tenth of the import: " + times.byTenth());
        System.out.printf(
                "       CPU seconds: extract+clean thread %.1f, engine thread %.1f, whole JVM %.1f, PostgreSQL backends %.1f; wall %.1f;"
                        + " load average %.1f%n",
                times.producerCpu / 1e9,
                (THREADS.getCurrentThreadCpuTime() - loaderCpu) / 1e9,
                (PROCESS.getProcessCpuTime() - processCpu) / 1e9,
                backends.seconds(),
                elapsed / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return elapsed / 1e9;
    }

    /** CPU ticks of this JVM's live threads, summed by name without its number ("GC Thread", "C2 CompilerThre"). */
    private static Map<String, Long> jvmThreadTicks() {
        Map<String, Long> byName = new TreeMap<>();
        try (java.util.stream.Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
            threads.forEach(thread -> {
                try {
                    String name =
                            Files.readString(thread.resolve("comm")).strip().replaceAll("[#0-9]+$", "");
                    byName.merge(name, ticks(thread.resolve("stat")), Long::sum);
                } catch (IOException ended) {
                    // the thread ended while listed
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byName;
    }

    /** User and system CPU ticks (10 ms) from a /proc stat file. */
    private static long ticks(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** The import's batch size, {@code -Dbench.batch=N} to try another. */
    private static final int BATCH_SIZE = Integer.getInteger("bench.batch", SyncRequest.DEFAULT_BATCH_SIZE);

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
            return warehouse
                    .dsl()
                    .fetch("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                    .getValues(0, Integer.class);
        }

        private static long ticks(int pid) {
            try {
                return CsvImportBenchmark.ticks(Path.of("/proc/" + pid + "/stat"));
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
            Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("ingest-extract-"))
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
                tenths.add(
                        String.valueOf(part.stream().mapToLong(Long::longValue).sum() / part.size() / 1_000_000));
            }
            return String.join(" ", tenths);
        }
    }

    private static void report(String name, long rows, long nanos, String detail) {
        double seconds = nanos / 1e9;
        System.out.printf(
                "engine %-28s %,10d rows in %7.2f s = %,9.0f rows/s  %s%n",
                name, rows, seconds, rows / seconds, detail);
    }
}
