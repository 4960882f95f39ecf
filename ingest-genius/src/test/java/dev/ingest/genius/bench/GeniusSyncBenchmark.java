package dev.ingest.genius.bench;

import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.genius.GeniusConnector;
import dev.ingest.genius.client.GeniusClient;
import dev.ingest.genius.testing.GeniusDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A million-row Genius prospects table in MariaDB, copied into PostgreSQL by pgloader and by the engine in
 * the same run, then, in each round, an incremental engine run after 1% of the rows changed.
 * Usage: GeniusSyncBenchmark [rows] [rounds]; needs MariaDB on 127.0.0.1:3306, PostgreSQL on 127.0.0.1:5432, pgloader.
 */
public final class GeniusSyncBenchmark {

    static final String SOURCE = "genius_bench";
    private static final String PG = "127.0.0.1:5432";
    private static final String ENGINE = "genius_bench_engine";
    static final String FILLED_UPDATED_AT = "TIMESTAMP '2024-01-01 00:00:00' + INTERVAL id SECOND";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        GeniusDatabase source = source(rows);
        System.out.printf(
                "source: %s.prospect, %,d rows; best of %d rounds each, fresh target databases%n",
                SOURCE, rows, rounds);
        GeniusConnector connector = new GeniusConnector();
        SyncRequest prospects = SyncRequest.all().withStreams(List.of("prospects"));
        double pgloader = Double.MAX_VALUE;
        double dryRun = Double.MAX_VALUE;
        double full = Double.MAX_VALUE;
        double plain = Double.MAX_VALUE;
        StreamResult incremental = null;
        List<String> ratios = new ArrayList<>();
        try (GeniusClient client = (GeniusClient) connector.open(source.settings(Map.of()))) {
            for (int round = 0; round < rounds; round++) {
                // Changes made minutes ago fall inside the incremental run's look-back: put them back as filled, so
                // that each round's incremental finds the 1% it changes and no more.
                source.execute("UPDATE prospect SET updated_at = " + FILLED_UPDATED_AT + " WHERE updated_at <> "
                        + FILLED_UPDATED_AT);
                pgloader = Math.min(pgloader, pgloader(rows));
                try (Warehouse warehouse = warehouse("genius_bench_dry")) {
                    dryRun = Math.min(
                            dryRun, seconds(run(warehouse, connector, client, prospects.withDryRun(true)), rows));
                }
                // Where the full sync's time goes: the same run without the seen-key bookkeeping of deletion detection.
                try (Warehouse warehouse = warehouse("genius_bench_plain")) {
                    plain = Math.min(
                            plain,
                            seconds(
                                    run(
                                            warehouse,
                                            withoutDeletionDetection(connector),
                                            client,
                                            prospects.withFull(true)),
                                    rows));
                }
                try (Warehouse warehouse = warehouse(ENGINE)) {
                    double roundFull = seconds(run(warehouse, connector, client, prospects.withFull(true)), rows);
                    full = Math.min(full, roundFull);
                    source.execute(
                            "UPDATE prospect SET status = IF(status = 'new', 'contacted', 'new'), updated_at = NOW(6) WHERE id % 100 = 0");
                    // An incremental run comes long after the full sync, not while PostgreSQL still writes the full
                    // sync's pages out: a checkpoint first, so the run is timed on its own work. Every page it changes
                    // is then changed for the first time since a checkpoint, the costliest case for the write-ahead
                    // log.
                    execute(ENGINE, "CHECKPOINT");
                    StreamResult roundIncremental = run(warehouse, connector, client, prospects);
                    if (incremental == null || seconds(roundIncremental) < seconds(incremental)) {
                        incremental = roundIncremental;
                    }
                    ratios.add(String.format("%.1f%%", 100 * seconds(roundIncremental) / roundFull));
                }
            }
            print("pgloader (full copy)", rows, pgloader);
            print("engine extract+transform only (dry run)", rows, dryRun);
            print("engine full sync", rows, full);
            print("engine full sync, no deletion detection", rows, plain);
            print("engine incremental (1% changed)", incremental.counts().processed(), seconds(incremental));
            System.out.printf(
                    "incremental read %,d rows: %,d updated, %,d unchanged (look-back window)%n",
                    incremental.counts().processed(),
                    incremental.counts().updated(),
                    incremental.counts().unchanged());
            System.out.printf("full sync / pgloader rows/s: %.0f%% (target >= 80%%)%n", 100 * pgloader / full);
            System.out.printf(
                    "incremental / full time: %.1f%% (target < 5%%); each round's own: %s%n",
                    100 * seconds(incremental) / full, String.join(", ", ratios));
        } finally {
            source.release();
        }
    }

    /** The benchmark's source database, kept between runs, filled with {@code rows} prospects if it holds another number. */
    static GeniusDatabase source(int rows) {
        GeniusDatabase source = GeniusDatabase.create(SOURCE, false);
        if (source.count("SELECT COUNT(*) FROM prospect") != rows) {
            fill(source, rows);
        }
        return source;
    }

    static Warehouse warehouse(String database) throws SQLException {
        return Warehouse.open(
                new WarehouseConfig("jdbc:postgresql://" + PG + "/" + recreate(database), "postgres", null));
    }

    static double seconds(StreamResult result, long rows) {
        if (result.counts().processed() != rows) {
            throw new IllegalStateException("expected " + rows + " rows, the run read "
                    + result.counts().processed());
        }
        return seconds(result);
    }

    /** The connector as shipped, but with full syncs that do not record seen keys to detect deletions. */
    private static Connector withoutDeletionDetection(GeniusConnector genius) {
        return new Connector() {
            @Override
            public String name() {
                return genius.name();
            }

            @Override
            public String description() {
                return genius.description();
            }

            @Override
            public List<Setting> settings() {
                return genius.settings();
            }

            @Override
            public List<Stream> streams() {
                return genius.streams();
            }

            @Override
            public Client open(Settings settings) {
                return genius.open(settings);
            }

            @Override
            public List<Stream> discover(Client client) {
                return genius.discover(client).stream()
                        .map(s -> new Stream(
                                s.name(), s.table(), s.primaryKey(), s.columns(), s.cursorField(), s.processor()))
                        .toList();
            }
        };
    }

    static StreamResult run(Warehouse warehouse, Connector connector, GeniusClient client, SyncRequest request) {
        StreamResult result = new SyncEngine(warehouse)
                .sync(connector, client, request, SyncListener.NONE)
                .streams()
                .get(0);
        if (result.error() != null) {
            throw new IllegalStateException(result.error());
        }
        return result;
    }

    /** Rows shaped like a real site's: a third with a company, a fifth with notes, latin1 names, one timestamp each. */
    private static void fill(GeniusDatabase source, int rows) {
        long started = System.nanoTime();
        source.execute("SET FOREIGN_KEY_CHECKS = 0; DELETE FROM prospect; DELETE FROM division;"
                + "INSERT INTO division (id, name, code, created_at, updated_at) VALUES (1, 'North', 'NRTH', NOW(), NOW());"
                + "INSERT INTO prospect (id, division_id, first_name, last_name, company, notes, status, estimated_value, do_not_call,"
                + " birth_date, is_deleted, created_at, updated_at)"
                + " SELECT seq, 1, CONCAT('Prospect', seq), IF(seq % 7 = 0, 'Müller', CONCAT('Family', seq % 1000)),"
                + " IF(seq % 3 = 0, CONCAT('Company ', seq % 5000), NULL), IF(seq % 5 = 0, 'Called twice, wants a quote for new windows', NULL),"
                + " 'new', (seq % 100000) / 4, seq % 2, IF(seq % 11 = 0, NULL, DATE '1950-01-01' + INTERVAL (seq % 20000) DAY), 0,"
                + " TIMESTAMP '2023-01-01 00:00:00' + INTERVAL seq SECOND, " + FILLED_UPDATED_AT.replace("id", "seq")
                + " FROM seq_1_to_" + rows + "; SET FOREIGN_KEY_CHECKS = 1");
        System.out.printf("filled %,d rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
    }

    private static double pgloader(int rows) throws IOException, InterruptedException, SQLException {
        String target = recreate("genius_bench_pgloader");
        Path script = Files.createTempFile("genius-pgloader-", ".load");
        Files.writeString(
                script,
                "LOAD DATABASE FROM mysql://" + GeniusDatabase.USER + "@" + GeniusDatabase.HOST + ":"
                        + GeniusDatabase.PORT + "/" + SOURCE
                        + "\n INTO postgresql://postgres@" + PG + "/" + target
                        + "\n WITH include drop, create tables, create indexes, no foreign keys, reset sequences"
                        // pgloader cannot translate MariaDB's CURRENT_TIMESTAMP(6) default, and stops at creating the
                        // table without this
                        + "\n CAST type datetime to timestamptz drop default drop not null using zero-dates-to-null,"
                        + "\n      type date drop not null drop default using zero-dates-to-null"
                        + "\n INCLUDING ONLY TABLE NAMES MATCHING 'prospect';\n");
        long started = System.nanoTime();
        Process process = new ProcessBuilder("pgloader", script.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        Files.delete(script);
        if (exit != 0) {
            throw new IllegalStateException("pgloader failed (" + exit + "):\n" + output);
        }
        long loaded = count(target, "SELECT COUNT(*) FROM " + SOURCE + ".prospect");
        if (loaded != rows) {
            throw new IllegalStateException(
                    "pgloader exited 0 but loaded " + loaded + " of " + rows + " rows:\n" + output);
        }
        output.lines()
                .filter(l -> l.contains("Total import time"))
                .forEach(l -> System.out.printf("pgloader: %s (wall %.2f s)%n", l.strip(), seconds));
        return seconds;
    }

    static String recreate(String database) throws SQLException {
        execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        execute("postgres", "CREATE DATABASE " + database);
        return database;
    }

    static void execute(String database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static long count(String database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + PG + "/" + database, "postgres", null);
    }

    static double seconds(StreamResult result) {
        return result.elapsed().toNanos() / 1e9;
    }

    static void print(String what, long rows, double seconds) {
        System.out.printf("%-42s %,10d rows %8.2f s %,10.0f rows/s%n", what, rows, seconds, rows / seconds);
    }
}
