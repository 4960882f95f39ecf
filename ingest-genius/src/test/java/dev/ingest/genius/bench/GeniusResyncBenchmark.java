package dev.ingest.genius.bench;

import static dev.ingest.genius.bench.GeniusSyncBenchmark.FILLED_UPDATED_AT;
import static dev.ingest.genius.bench.GeniusSyncBenchmark.count;
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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Full re-syncs of a populated table, as a nightly sync that detects deletions runs them: the Genius prospects stream
 * synced full into a new PostgreSQL database, then synced full again with nothing changed at the source, then again
 * with 1% of the rows changed. Each re-sync is set against the first sync of the same round, in time and in the
 * write-ahead log it writes ({@code pg_current_wal_lsn} before and after). Before each re-sync the table is vacuumed,
 * as autovacuum leaves a table between nightly runs, and a checkpoint is taken, so every page a re-sync changes is
 * logged whole, the costliest case. Usage: GeniusResyncBenchmark [rows] [rounds]; needs MariaDB on 127.0.0.1:3306 and
 * PostgreSQL on 127.0.0.1:5432.
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
                            "round %d: first full sync %.2f s, %,d MB WAL; re-sync unchanged %.2f s (%.0f%%), %,d MB WAL"
                                    + " (%.1f%%); re-sync 1%% changed %.2f s (%.0f%%), %,d MB WAL (%.1f%%), %,d updated%n",
                            round + 1,
                            first.seconds,
                            first.walBytes >> 20,
                            same.seconds,
                            100 * same.seconds / first.seconds,
                            same.walBytes >> 20,
                            100.0 * same.walBytes / first.walBytes,
                            onePercent.seconds,
                            100 * onePercent.seconds / first.seconds,
                            onePercent.walBytes >> 20,
                            100.0 * onePercent.walBytes / first.walBytes,
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

    private record Measured(StreamResult result, double seconds, long walBytes) {}

    private interface Sync {
        StreamResult run();
    }

    private static Measured measure(Sync sync) throws SQLException {
        long before = walPosition();
        StreamResult result = sync.run();
        return new Measured(result, seconds(result), walPosition() - before);
    }

    /** What a table looks like between nightly runs: vacuumed, its pages written out. */
    private static void settle() throws SQLException {
        execute(TARGET, "VACUUM (ANALYZE) genius.prospects");
        execute(TARGET, "CHECKPOINT");
    }

    private static long walPosition() throws SQLException {
        return count(TARGET, "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint");
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
