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
import dev.ingest.genius.GeniusConnector;
import dev.ingest.genius.client.GeniusClient;
import dev.ingest.genius.testing.GeniusDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full re-syncs of a populated table, as a nightly sync that detects deletions runs them: the Genius prospects stream
 * synced full into a new PostgreSQL database, then synced full again with nothing changed at the source, then again
 * with 1% of the rows changed. Each re-sync is set against the first sync of the same round, in time and in the
 * write-ahead log it writes: the records pg_waldump finds for the target database between the server's WAL positions
 * before and after (the server's own difference, which counts every session's writes, is printed beside it). Before each re-sync the table is vacuumed,
 * as autovacuum leaves a table between nightly runs, and a checkpoint is taken, so every page a re-sync changes is
 * logged whole, the costliest case. Usage: GeniusResyncBenchmark [rows] [rounds]; needs MariaDB on 127.0.0.1:3306,
 * PostgreSQL on 127.0.0.1:5432 and, on the same machine, its pg_waldump and its WAL directory readable.
 */
public final class GeniusResyncBenchmark {

    private static final String TARGET = "genius_bench_resync";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long changed = rows / 100;
        GeniusDatabase source = source(rows);
        System.out.printf(
                "source: %s.prospect, %,d rows; %d rounds, a new target database each%n", source.name(), rows, rounds);
        GeniusConnector connector = new GeniusConnector();
        SyncRequest full = SyncRequest.all().withStreams(List.of("prospects")).withFull(true);
        List<Double> unchangedTimes = new ArrayList<>();
        List<Double> unchangedWal = new ArrayList<>();
        List<Double> changedTimes = new ArrayList<>();
        List<Double> changedWal = new ArrayList<>();
        try (GeniusClient client = (GeniusClient) connector.open(source.settings(Map.of()))) {
            for (int round = 0; round < rounds; round++) {
                source.execute("UPDATE prospect SET updated_at = " + FILLED_UPDATED_AT + " WHERE updated_at <> "
                        + FILLED_UPDATED_AT);
                try (Warehouse warehouse = warehouse(TARGET)) {
                    Measured first = measure(() -> run(warehouse, connector, client, full));
                    check("first full sync", first.result, rows, 0, 0);
                    settle();
                    Measured same = measure(() -> run(warehouse, connector, client, full));
                    check("re-sync, nothing changed", same.result, 0, 0, rows);
                    source.execute(
                            "UPDATE prospect SET status = IF(status = 'new', 'contacted', 'new') WHERE id % 100 = 0");
                    settle();
                    Measured onePercent = measure(() -> run(warehouse, connector, client, full));
                    check("re-sync, 1% changed", onePercent.result, 0, changed, rows - changed);

                    System.out.printf(
                            "round %d: first full sync %.2f s, %,d MB WAL (the server's, all sessions: %,d MB);"
                                    + " re-sync unchanged %.2f s (%.0f%%), %,d MB WAL (%.1f%%; server %,d MB);"
                                    + " re-sync 1%% changed %.2f s (%.0f%%), %,d MB WAL (%.1f%%; server %,d MB),"
                                    + " %,d updated%n",
                            round + 1,
                            first.seconds,
                            first.walBytes >> 20,
                            first.serverWalBytes >> 20,
                            same.seconds,
                            100 * same.seconds / first.seconds,
                            same.walBytes >> 20,
                            100.0 * same.walBytes / first.walBytes,
                            same.serverWalBytes >> 20,
                            onePercent.seconds,
                            100 * onePercent.seconds / first.seconds,
                            onePercent.walBytes >> 20,
                            100.0 * onePercent.walBytes / first.walBytes,
                            onePercent.serverWalBytes >> 20,
                            onePercent.result.counts().updated());
                    unchangedTimes.add(same.seconds / first.seconds);
                    unchangedWal.add((double) same.walBytes / first.walBytes);
                    changedTimes.add(onePercent.seconds / first.seconds);
                    changedWal.add((double) onePercent.walBytes / first.walBytes);
                }
            }
        } finally {
            source.release();
        }
        System.out.printf(
                "re-sync unchanged / first full sync, median of rounds: time %.2fx (target <= 1.1x), WAL %.1f%% (target <= 10%%)%n",
                median(unchangedTimes), 100 * median(unchangedWal));
        System.out.printf(
                "re-sync 1%% changed / first full sync, median of rounds: time %.2fx, WAL %.1f%%; updated exactly %,d each round%n",
                median(changedTimes), 100 * median(changedWal), changed);
    }

    /**
     * @param walBytes       the WAL of records that write the target database's relations, as pg_waldump reads them
     * @param serverWalBytes the WAL the whole server wrote meanwhile, other sessions' work included
     */
    private record Measured(StreamResult result, double seconds, long walBytes, long serverWalBytes) {}

    private interface Sync {
        StreamResult run();
    }

    /**
     * Runs a sync and reads the WAL written meanwhile for the target database alone: the server is shared, so its own
     * WAL position counts other sessions' writes too. A temporary replication slot keeps the WAL until it is read, and
     * goes with its session.
     */
    private static Measured measure(Sync sync) throws Exception {
        try (Connection keeper = connect("postgres");
                Statement statement = keeper.createStatement()) {
            statement.execute("SELECT pg_create_physical_replication_slot('ingest_bench_resync', true, true)");
            String from = text(statement, "SELECT pg_current_wal_lsn()::text");
            StreamResult result = sync.run();
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

    /** What a table looks like between nightly runs: vacuumed, its pages written out. */
    private static void settle() throws SQLException {
        execute(TARGET, "VACUUM (ANALYZE) genius.prospects");
        execute(TARGET, "CHECKPOINT");
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

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
