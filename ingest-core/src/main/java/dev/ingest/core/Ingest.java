package dev.ingest.core;

import dev.ingest.core.internal.ConnectorRegistry;
import dev.ingest.core.internal.KnownNames;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.history.RunLog;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.RawPolicy;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.SourceException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The front door for an application that embeds connectors: one warehouse, the connectors on the class path, syncs
 * into the one from the others, and the record of every run.
 *
 * <pre>{@code
 * try (Ingest ingest = Ingest.embedded(Path.of("ingest-data"))) {
 *     SyncReport report = ingest.sync("hubspot", Map.of("HUBSPOT_ACCESS_TOKEN", token));
 * }
 * }</pre>
 *
 * <p>Lifecycle: open one per warehouse and keep it for the application's life; it holds a small connection pool
 * (none of its own on an application's {@link DataSource}) and must be closed. Thread-safety: every method may be
 * called from any thread, and syncs may run at once from several threads; a stream another sync is loading is
 * skipped (status {@link RunStatus#SKIPPED}) rather than loaded twice. Connectors are found through
 * {@link java.util.ServiceLoader}: a connector's module on the class path is all it takes.
 *
 * <p>Errors: a bad connector, stream or setting name or value throws {@link ConfigException} before anything is read;
 * a warehouse that cannot be reached throws {@link WarehouseException}; a source that fails while streams sync ends
 * those streams {@link RunStatus#FAILED} in the report (and in the run record) rather than throwing.
 */
public final class Ingest implements AutoCloseable {

    /** The CSV import's connector, found like any other. */
    private static final String CSV = "csv";

    private final Warehouse warehouse;
    private final ConnectorRegistry connectors;
    private final Set<SyncEngine> running = ConcurrentHashMap.newKeySet();

    private Ingest(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.connectors = ConnectorRegistry.load();
    }

    /**
     * The embedded warehouse: a DuckDB file, {@code warehouse.duckdb} in {@code directory} (made if missing), that
     * any DuckDB client can open once this is closed. No server, no credentials.
     *
     * @param directory where the warehouse file is
     * @return an open front door; close it
     * @throws WarehouseException when the file cannot be made or opened (another process holding it, a full disk)
     */
    public static Ingest embedded(Path directory) {
        return new Ingest(Warehouse.open(WarehouseConfig.embedded(directory)));
    }

    /**
     * The warehouse at a JDBC URL: {@code jdbc:postgresql://host:port/database} or {@code jdbc:duckdb:<file>}.
     *
     * @param jdbcUrl  where the warehouse is
     * @param user     the user, or {@code null}
     * @param password the password, or {@code null}; never printed or logged
     * @return an open front door with its own connection pool; close it
     * @throws ConfigException    when the URL is of another database, or carries credentials PostgreSQL's driver
     *                            would print
     * @throws WarehouseException when the warehouse cannot be reached or its {@code ingest} schema made
     */
    public static Ingest open(String jdbcUrl, String user, String password) {
        WarehouseConfig config = new WarehouseConfig(jdbcUrl, user, password);
        config.kind();
        return new Ingest(Warehouse.open(config));
    }

    /**
     * A PostgreSQL warehouse on a data source the application already has (its own pool, say). The data source stays
     * the application's: {@link #close()} leaves it open. It should hand out at least two connections at once.
     *
     * @param dataSource connections to a PostgreSQL database
     * @return an open front door; close it when done
     * @throws WarehouseException when no connection can be had, the database is not PostgreSQL, or the
     *                            {@code ingest} schema cannot be made
     */
    public static Ingest open(DataSource dataSource) {
        return new Ingest(Warehouse.open(dataSource));
    }

    /**
     * The connectors on the class path.
     *
     * @return their names, sorted
     */
    public List<String> connectors() {
        return connectors.all().stream().map(Connector::name).toList();
    }

    /**
     * What a connector can be told: each setting's full name is the key {@link #sync} takes (the environment
     * variable the command-line runner reads).
     *
     * @param connector a connector's name
     * @return its settings, in declared order, with full names as keys
     * @throws ConfigException when no connector has that name
     */
    public Map<String, Setting> settings(String connector) {
        Connector found = connectors.get(connector);
        Map<String, Setting> byName = new LinkedHashMap<>();
        found.settings().forEach(s -> byName.put(Settings.prefix(found.name()) + s.name(), s));
        return byName;
    }

    /**
     * Syncs every stream of a connector, incrementally where a cursor is stored.
     *
     * @param connector a connector's name
     * @param settings  its settings by full name, as {@link #settings} lists them ({@code HUBSPOT_ACCESS_TOKEN})
     * @return each stream's outcome, as recorded in the run history
     * @see #sync(String, Map, SyncRequest, SyncListener)
     */
    public SyncReport sync(String connector, Map<String, String> settings) {
        return sync(connector, settings, SyncRequest.all(), SyncListener.NONE);
    }

    /**
     * Syncs a connector's streams: extract, transform, validate, load (an idempotent upsert, one transaction per
     * batch) and record. Blocks until every stream has ended; {@link #cancel()} from another thread ends it sooner.
     *
     * @param connector a connector's name
     * @param settings  its settings by full name ({@code HUBSPOT_ACCESS_TOKEN}), and those every connector has
     *                  ({@code INGEST_RAW}); names of other connectors' settings are ignored, so one map (the
     *                  environment, say) can serve all
     * @param request   which streams and how: full, incremental, since a time, a limit, a dry run; what
     *                  {@code _raw} keeps comes from the settings
     * @param listener  hears progress on the syncing thread; {@link SyncListener#NONE} for none
     * @return each stream's outcome; a dry run's holds sample rows and writes nothing
     * @throws ConfigException    when the connector, a stream, a setting or {@code since} is not valid
     * @throws SourceException    when the source cannot be opened or its streams not discovered
     * @throws WarehouseException when the warehouse cannot record the run
     */
    public SyncReport sync(String connector, Map<String, String> settings, SyncRequest request, SyncListener listener) {
        Connector found = connectors.get(connector);
        SyncEngine engine = new SyncEngine(warehouse);
        running.add(engine);
        Settings given = new Settings(found.name(), List.of(settings), found.settings());
        try (Client client = found.open(given)) {
            return engine.sync(found, client, request.withRaw(RawPolicy.of(given)), listener);
        } finally {
            running.remove(engine);
        }
    }

    /**
     * Imports a CSV file into {@code csv.<table>} through the {@code csv} connector (module {@code ingest-csv} on
     * the class path): header mapping, cleaning, and each bad row set aside with its reason in
     * {@link #rejects(String)}. Always a whole-file, full run.
     *
     * @param file     the file
     * @param profile  the profile it follows ({@code genius_users}, {@code hubspot_contacts}, ... or {@code generic})
     * @param settings further {@code CSV_} settings by full name ({@code CSV_DELIMITER}, {@code CSV_KEY}, ...), or an
     *                 empty map
     * @param dryRun   read, map and validate only, and return sample rows; write nothing
     * @param listener hears progress; {@link SyncListener#NONE} for none
     * @return the import's one stream outcome
     * @throws ConfigException when no {@code csv} connector is on the class path, the profile is unknown, or a
     *                         required column is missing from the file
     */
    public SyncReport importCsv(
            Path file, String profile, Map<String, String> settings, boolean dryRun, SyncListener listener) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("CSV_FILE", file.toString());
        all.put("CSV_PROFILE", profile);
        return sync(CSV, all, SyncRequest.all().withFull(true).withDryRun(dryRun), listener);
    }

    /**
     * Asks every sync running on this front door to stop after the batch it is loading; their streams end
     * {@link RunStatus#CANCELLED} and resume from there next time. Returns at once.
     */
    public void cancel() {
        running.forEach(SyncEngine::cancel);
    }

    /**
     * The recorded runs ({@code ingest.sync_history}), newest first.
     *
     * @param query which runs
     * @return one record per stream per sync, and one per sync that failed before any stream started
     */
    public List<SyncRun> runs(RunQuery query) {
        return new RunLog(warehouse.dsl())
                .find(query).stream().map(RunLog.Entry::run).toList();
    }

    /**
     * One recorded run.
     *
     * @param runId the id in {@link StreamResult#runId()} or {@link SyncRun#id()}
     * @return the run, or empty when none has that id
     */
    public Optional<SyncRun> run(String runId) {
        return new RunLog(warehouse.dsl()).get(runId).map(RunLog.Entry::run);
    }

    /**
     * The records a run set aside ({@code ingest.rejects}), in the order they were read.
     *
     * @param runId the run
     * @return each with its reason and its original text; empty for an unknown run
     */
    public List<RejectedRecord> rejects(String runId) {
        return warehouse.rejects().forRun(runId);
    }

    /**
     * The stored state of a connector's streams: the cursor the next incremental run starts from, and where an
     * interrupted run resumes.
     *
     * @param connector a connector's name
     * @return by stream name; a stream never synced is absent
     */
    public Map<String, StreamState> state(String connector) {
        connectors.get(connector);
        Map<String, StreamState> byStream = new LinkedHashMap<>();
        new RunLog(warehouse.dsl()).states(connector).forEach(s -> byStream.put(s.stream(), s.state()));
        return byStream;
    }

    /**
     * Forgets streams' cursors and resume points, so that their next sync is full.
     *
     * @param connector a connector's name
     * @param streams   stream names; empty for all of the connector's
     * @return how many streams had a state
     * @throws ConfigException when the connector or one of the streams is unknown
     */
    public int resetState(String connector, Collection<String> streams) {
        KnownNames names = new KnownNames(connectors, new RunLog(warehouse.dsl()));
        names.streams(connector, streams);
        return warehouse.states().reset(connector, streams.isEmpty() ? names.streamsOf(connector) : streams);
    }

    /** Closes the warehouse's connection pool (an application's own data source is left open). */
    @Override
    public void close() {
        warehouse.close();
    }
}
