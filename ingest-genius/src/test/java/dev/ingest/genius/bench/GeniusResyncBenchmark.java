package dev.ingest.genius.bench;

import static dev.ingest.genius.bench.GeniusSyncBenchmark.FILLED_UPDATED_AT;
import static dev.ingest.genius.bench.GeniusSyncBenchmark.connect;
import static dev.ingest.genius.bench.GeniusSyncBenchmark.execute;
import static dev.ingest.genius.bench.GeniusSyncBenchmark.run;
import static dev.ingest.genius.bench.GeniusSyncBenchmark.seconds;
import static dev.ingest.genius.bench.GeniusSyncBenchmark.source;
import static dev.ingest.genius.bench.GeniusSyncBenchmark.warehouse;

import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.genius.GeniusConnector;
import dev.ingest.genius.client.GeniusClient;
import dev.ingest.genius.testing.GeniusDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full re-syncs of a populated table, as a nightly sync that detects deletions runs them: the Genius prospects stream
 * synced full into a new warehouse, then synced full again with nothing changed at the source, then again with 1% of
 * the rows changed. Each re-sync is set against the first sync of the same round, in time and in bytes written.
 *
 * <p>PostgreSQL (the default): a new database each round; the bytes are the write-ahead log records pg_waldump finds
 * for the target database between the server's WAL positions before and after (the server's own difference, which
 * counts every session's writes, is printed beside it). Before each re-sync the table is vacuumed, as autovacuum
 * leaves a table between nightly runs, and a checkpoint is taken, so every page a re-sync changes is logged whole, the
 * costliest case.
 *
 * <p>DuckDB: a new warehouse file each round, opened for each sync and closed after it, as each nightly run of
 * {@code ingest sync} does; a sync's time includes the close and the final checkpoint it takes. The bytes are what the
 * sync adds to the database file and its {@code .wal} together, their sizes before the sync against their sizes after
 * that checkpoint: DuckDB writes changed blocks anew and reuses the blocks they free, so this is the file's growth, not
 * the bytes written. Those are printed beside it: the JVM's own {@code write} calls during the sync ({@code wchar} of
 * /proc/self/io), DuckDB's log, blocks and spill files with them, as the sync runs in-process.
 *
 * <p>Usage: GeniusResyncBenchmark [rows] [rounds] [postgres|duckdb]; needs MariaDB on 127.0.0.1:3306 and, for
 * PostgreSQL, PostgreSQL on 127.0.0.1:5432 and, on the same machine, its pg_waldump and its WAL directory readable.
 */
public final class GeniusResyncBenchmark {

    private static final String TARGET = "genius_bench_resync";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        WarehouseConfig.Kind kind = args.length > 2
                ? WarehouseConfig.Kind.valueOf(args[2].toUpperCase(Locale.ROOT))
                : WarehouseConfig.Kind.POSTGRES;
        long changed = rows / 100;
        GeniusDatabase source = source(rows);
        System.out.printf(
                "source: %s.prospect, %,d rows; %d rounds, a new %s target each%n",
                source.name(), rows, rounds, kind.name().toLowerCase(Locale.ROOT));
        GeniusConnector connector = new GeniusConnector();
        SyncRequest full = SyncRequest.all().withStreams(List.of("prospects")).withFull(true);
        List<Double> unchangedTimes = new ArrayList<>();
        List<Double> unchangedBytes = new ArrayList<>();
        List<Double> unchangedAside = new ArrayList<>();
        List<Double> changedTimes = new ArrayList<>();
        List<Double> changedBytes = new ArrayList<>();
        try (GeniusClient client = (GeniusClient) connector.open(source.settings(Map.of()))) {
            for (int round = 0; round < rounds; round++) {
                source.execute("UPDATE prospect SET updated_at = " + FILLED_UPDATED_AT + " WHERE updated_at <> "
                        + FILLED_UPDATED_AT);
                try (Target target =
                        kind == WarehouseConfig.Kind.POSTGRES ? new PostgresTarget() : new DuckDbTarget()) {
                    Sync sync = warehouse -> run(warehouse, connector, client, full);
                    Measured first = target.measure(sync);
                    check("first full sync", first.result, rows, 0, 0);
                    target.settle();
                    Measured same = target.measure(sync);
                    check("re-sync, nothing changed", same.result, 0, 0, rows);
                    source.execute(
                            "UPDATE prospect SET status = IF(status = 'new', 'contacted', 'new') WHERE id % 100 = 0");
                    target.settle();
                    Measured onePercent = target.measure(sync);
                    check("re-sync, 1% changed", onePercent.result, 0, changed, rows - changed);

                    System.out.printf(
                            "round %d: first full sync %.2f s, %,.1f MB %s (%s: %,.1f MB); re-sync unchanged %s;"
                                    + " re-sync 1%% changed %s, %,d updated%n",
                            round + 1,
                            first.seconds,
                            megabytes(first.bytes),
                            target.bytesName(),
                            target.asideName(),
                            megabytes(first.asideBytes),
                            against(same, first, target),
                            against(onePercent, first, target),
                            onePercent.result.counts().updated());
                    unchangedTimes.add(same.seconds / first.seconds);
                    unchangedBytes.add((double) same.bytes / first.bytes);
                    unchangedAside.add((double) same.asideBytes / first.asideBytes);
                    changedTimes.add(onePercent.seconds / first.seconds);
                    changedBytes.add((double) onePercent.bytes / first.bytes);
                }
            }
        } finally {
            source.release();
        }
        System.out.printf(
                "re-sync unchanged / first full sync, median of rounds: time %.2fx (target <= 1.1x), bytes %.1f%%"
                        + " (target <= 10%%), the bytes printed beside them %.1f%%%n",
                median(unchangedTimes), 100 * median(unchangedBytes), 100 * median(unchangedAside));
        System.out.printf(
                "re-sync 1%% changed / first full sync, median of rounds: time %.2fx, bytes %.1f%%;"
                        + " updated exactly %,d each round%n",
                median(changedTimes), 100 * median(changedBytes), changed);
    }

    /**
     * @param bytes      what the sync wrote to the target as the target counts it (see {@link Target#bytesName()})
     * @param asideBytes the other count printed beside it (see {@link Target#asideName()})
     */
    private record Measured(StreamResult result, double seconds, long bytes, long asideBytes) {}

    private interface Sync {
        StreamResult run(Warehouse warehouse);
    }

    /** A round's new warehouse: where its syncs go and how the bytes they write are counted. */
    private interface Target extends AutoCloseable {

        /** Runs a sync into the round's warehouse: its result, its time and the bytes it wrote. */
        Measured measure(Sync sync) throws Exception;

        /** Leaves the table as it is between nightly runs. */
        void settle() throws Exception;

        String bytesName();

        String asideName();
    }

    private static final class PostgresTarget implements Target {

        private final Warehouse warehouse = warehouse(TARGET);

        PostgresTarget() throws SQLException {}

        /**
         * Runs a sync and reads the WAL written meanwhile for the target database alone: the server is shared, so its
         * own WAL position counts other sessions' writes too. A temporary replication slot keeps the WAL until it is
         * read, and goes with its session.
         */
        @Override
        public Measured measure(Sync sync) throws Exception {
            try (Connection keeper = connect("postgres");
                    Statement statement = keeper.createStatement()) {
                statement.execute("SELECT pg_create_physical_replication_slot('ingest_bench_resync', true, true)");
                String from = text(statement, "SELECT pg_current_wal_lsn()::text");
                StreamResult result = sync.run(warehouse);
                String to = text(statement, "SELECT pg_current_wal_flush_lsn()::text");
                long server =
                        Long.parseLong(text(statement, "SELECT pg_wal_lsn_diff('" + to + "', '" + from + "')::bigint"));
                String database = text(statement, "SELECT oid::text FROM pg_database WHERE datname = '" + TARGET + "'");
                String waldump = "/usr/lib/postgresql/"
                        + Integer.parseInt(text(statement, "SHOW server_version_num")) / 10000 + "/bin/pg_waldump";
                String wal = text(statement, "SHOW data_directory") + "/pg_wal";
                return new Measured(result, seconds(result), walOfDatabase(waldump, wal, from, to, database), server);
            }
        }

        /** Vacuumed, its pages written out. */
        @Override
        public void settle() throws SQLException {
            execute(TARGET, "VACUUM (ANALYZE) genius.prospects");
            execute(TARGET, "CHECKPOINT");
        }

        @Override
        public String bytesName() {
            return "WAL";
        }

        @Override
        public String asideName() {
            return "server WAL, all sessions";
        }

        @Override
        public void close() {
            warehouse.close();
        }
    }

    private static final class DuckDbTarget implements Target {

        private final Path directory = Files.createTempDirectory("genius-bench-resync-");
        private final WarehouseConfig config = WarehouseConfig.embedded(directory);
        private final Path file = Path.of(config.url().substring("jdbc:duckdb:".length()));
        private final Path log = Path.of(file + ".wal");

        DuckDbTarget() throws IOException {}

        /** Opens the warehouse, runs the sync and closes it again, its final checkpoint timed with the sync. */
        @Override
        public Measured measure(Sync sync) throws IOException {
            Warehouse warehouse = Warehouse.open(config);
            long sizeBefore = sizeOnDisk();
            long writtenBefore = writtenByThisProcess();
            StreamResult result;
            long closing;
            try {
                result = sync.run(warehouse);
            } finally {
                closing = System.nanoTime();
                warehouse.close();
            }
            double checkpoint = (System.nanoTime() - closing) / 1e9;
            return new Measured(
                    result,
                    seconds(result) + checkpoint,
                    sizeOnDisk() - sizeBefore,
                    writtenByThisProcess() - writtenBefore);
        }

        /** Nothing to do: the last sync's close checkpointed the file, as a run's end does. */
        @Override
        public void settle() {}

        @Override
        public String bytesName() {
            return "file+.wal growth";
        }

        @Override
        public String asideName() {
            return "written by the JVM";
        }

        private long sizeOnDisk() throws IOException {
            return Files.size(file) + (Files.exists(log) ? Files.size(log) : 0);
        }

        /** The bytes this process has passed to write calls, files and pipes alike; the sync writes only DuckDB's. */
        private static long writtenByThisProcess() throws IOException {
            return Files.readAllLines(Path.of("/proc/self/io")).stream()
                    .filter(line -> line.startsWith("wchar:"))
                    .mapToLong(line ->
                            Long.parseLong(line.substring("wchar:".length()).trim()))
                    .findFirst()
                    .orElseThrow();
        }

        @Override
        public void close() throws IOException {
            try (var files = Files.walk(directory)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The total length of the WAL records between two positions that write a relation of {@code databaseOid}. */
    private static long walOfDatabase(String waldump, String wal, String from, String to, String databaseOid)
            throws Exception {
        Pattern record = Pattern.compile("len \\(rec/tot\\):\\s*\\d+/\\s*(\\d+),.* rel \\d+/" + databaseOid + "/");
        Process process = new ProcessBuilder(waldump, "--path", wal, "--start", from, "--end", to)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long bytes = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher matcher = record.matcher(line);
                if (matcher.find()) {
                    bytes += Long.parseLong(matcher.group(1));
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(waldump + " failed (" + process.exitValue() + ")");
        }
        return bytes;
    }

    private static String text(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void check(String what, StreamResult result, long created, long updated, long unchanged) {
        var counts = result.counts();
        if (counts.created() != created
                || counts.updated() != updated
                || counts.unchanged() != unchanged
                || counts.rejected() != 0
                || counts.deleted() != 0) {
            throw new IllegalStateException(what + ": expected " + created + " created, " + updated + " updated, "
                    + unchanged + " unchanged, none rejected or deleted; the run counted " + counts);
        }
    }

    /** A re-sync's time and bytes, each also as a share of the first sync's. */
    private static String against(Measured resync, Measured first, Target target) {
        return String.format(
                "%.2f s (%.0f%%), %,.1f MB %s (%.1f%%; %s %,.1f MB)",
                resync.seconds,
                100 * resync.seconds / first.seconds,
                megabytes(resync.bytes),
                target.bytesName(),
                100.0 * resync.bytes / first.bytes,
                target.asideName(),
                megabytes(resync.asideBytes));
    }

    private static double megabytes(long bytes) {
        return bytes / 1048576.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
