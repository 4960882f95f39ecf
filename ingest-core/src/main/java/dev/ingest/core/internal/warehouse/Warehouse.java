package dev.ingest.core.internal.warehouse;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ingest.core.SyncRun;
import dev.ingest.core.WarehouseException;
import dev.ingest.core.internal.history.RejectStore;
import dev.ingest.core.internal.history.SyncHistory;
import dev.ingest.core.internal.history.SyncStateStore;
import dev.ingest.core.internal.history.SystemTables;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.core.spi.Stream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SQL warehouse: PostgreSQL in production, or the embedded DuckDB file. Holds a small connection
 * pool; everything written by a sync goes through {@link #inTransaction}.
 */
public final class Warehouse implements AutoCloseable {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final long MAX_CHECKPOINT_THRESHOLD_MB = 256;
    /** The free space below which the embedded warehouse takes no batch: a batch, its log and a checkpoint's copy-on-write blocks. */
    private static final long DUCKDB_MIN_FREE_BYTES = 64L << 20;

    private static final Logger log = LoggerFactory.getLogger(Warehouse.class);

    private final WarehouseConfig config;
    /** The pool this warehouse made and closes, or null when the application gave its own data source. */
    private final HikariDataSource pool;

    private final DSLContext dsl;
    private final TableSchema schema;
    private final TableLoader loader;
    private final WarehouseDialect dialect;
    /** The DuckDB file, or null for a server. */
    private final Path embeddedFile;

    private Warehouse(WarehouseConfig config, DataSource source, HikariDataSource pool, WarehouseDialect dialect) {
        this.config = config;
        this.embeddedFile = config.kind() == WarehouseConfig.Kind.DUCKDB
                ? Path.of(config.url().substring("jdbc:duckdb:".length()))
                : null;
        this.pool = pool;
        this.dsl = DSL.using(
                source,
                dialect.jooq(),
                new Settings()
                        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED)
                        .withExecuteLogging(false));
        this.schema = new TableSchema(dialect);
        this.loader = new TableLoader(dialect);
        this.dialect = dialect;
    }

    /**
     * Connects and creates the {@code ingest} schema where it is missing.
     *
     * @throws WarehouseException when the warehouse cannot be reached or written
     */
    public static Warehouse open(WarehouseConfig config) {
        WarehouseDialect dialect = switch (config.kind()) {
            case POSTGRES -> new PostgresDialect();
            case DUCKDB -> new DuckDbDialect();
        };
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("ingest-warehouse");
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(4);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(15_000);
        hikari.setInitializationFailTimeout(1);
        if (config.kind() == WarehouseConfig.Kind.DUCKDB) {
            Path file = Path.of(config.url().substring("jdbc:duckdb:".length()));
            createParentDirectory(file);
            hikari.setConnectionTestQuery("SELECT 1");
            long usable = usableSpace(file);
            long thresholdMb = checkpointThresholdMb(usable);
            if (thresholdMb < MAX_CHECKPOINT_THRESHOLD_MB) {
                log.warn(
                        "the disk of {} has {} MB free: DuckDB's log is held to {} MB, which makes loads slower",
                        file,
                        usable >> 20,
                        thresholdMb);
            }
            hikari.setJdbcUrl(DuckDbFile.jdbcUrl(file));
            hikari.setConnectionInitSql(
                    DuckDbFile.connectionInitSql(file, "SET checkpoint_threshold = '" + thresholdMb + "MB'"));
        } else {
            // A server that accepts the connection and never answers must not hang the run: bounded unless the URL says
            // otherwise.
            Properties properties = new Properties();
            properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
            properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
            properties.setProperty("tcpKeepAlive", "true");
            hikari.setDataSource(new PostgresDriverSource(config, properties));
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new WarehouseException(
                    "cannot connect to the warehouse " + config.redactedUrl() + ": "
                            + ConnectFailure.describe(config, e),
                    e);
        }
        return createSystemTables(new Warehouse(config, pool, pool, dialect));
    }

    /**
     * A PostgreSQL warehouse on the application's own data source, which stays the application's: {@link #close()}
     * leaves it open. It should hand out at least two connections, one for loading and one for the run's records.
     *
     * @throws WarehouseException when it cannot be reached, is not PostgreSQL, or the schema cannot be created
     */
    public static Warehouse open(DataSource source) {
        String url;
        String user;
        try (java.sql.Connection connection = source.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new WarehouseException("cannot connect to the warehouse data source: " + rootMessage(e), e);
        }
        WarehouseConfig config = new WarehouseConfig(url, user, null);
        if (config.kind() != WarehouseConfig.Kind.POSTGRES) {
            // The embedded file needs the connection set-up only its own pool does (see DuckDbFile).
            throw new WarehouseException(
                    "a warehouse data source must be PostgreSQL; give a DuckDB warehouse as its file instead", null);
        }
        return createSystemTables(new Warehouse(config, source, null, new PostgresDialect()));
    }

    private static Warehouse createSystemTables(Warehouse warehouse) {
        WarehouseConfig config = warehouse.config;
        try {
            warehouse.changeSchema(tx -> {
                SystemTables.create(tx);
                return null;
            });
        } catch (RuntimeException e) {
            warehouse.close();
            throw new WarehouseException(
                    "cannot create the ingest schema in " + config.redactedUrl() + ": " + rootMessage(e), e);
        }
        return warehouse;
    }

    public WarehouseConfig config() {
        return config;
    }

    /** For queries of the warehouse's own: reports, tests, embedding applications. */
    public DSLContext dsl() {
        return dsl;
    }

    public SyncHistory history() {
        return new SyncHistory(dsl);
    }

    public SyncStateStore states() {
        return new SyncStateStore(dsl);
    }

    public RejectStore rejects() {
        return rejects(dsl);
    }

    /** The rejects store in the transaction of {@code tx}, writing through COPY on PostgreSQL. */
    public RejectStore rejects(DSLContext tx) {
        return new RejectStore(
                tx, config.kind() == WarehouseConfig.Kind.POSTGRES ? PostgresCopyWriter::writeText : null);
    }

    /**
     * Creates or evolves the table of {@code stream} in {@code schemaName}. One at a time: streams syncing in
     * parallel would otherwise race to create their shared schema (DuckDB refuses with a write-write conflict).
     */
    public synchronized TableRef prepare(String schemaName, Stream stream) {
        return changeSchema(tx -> schema.prepare(tx, schemaName, stream));
    }

    /**
     * Runs DDL in one transaction that holds the warehouse's schema lock, where it has one: two processes creating the
     * same table at once would otherwise race in the catalog (PostgreSQL refuses one with a duplicate catalog key).
     */
    private <T> T changeSchema(Function<DSLContext, T> ddl) {
        return inTransaction(tx -> {
            if (dialect.schemaLock() != null) {
                tx.execute(dialect.schemaLock());
            }
            return ddl.apply(tx);
        });
    }

    /**
     * Starts {@code run}'s history row, claiming its stream, unless another run is syncing the stream; the row's start
     * is the time of the claim. Atomic across
     * processes on PostgreSQL (a unique index on running rows); DuckDB admits one writing process per file, and within
     * it this method is synchronized.
     *
     * @return the run that holds the stream, or empty when {@code run} now holds it
     */
    public synchronized Optional<SyncRun> claim(SyncRun run) {
        SyncHistory history = history();
        for (int attempt = 0; ; attempt++) {
            Optional<SyncRun> holder = history.running(run.connector(), run.stream());
            if (holder.isPresent()) {
                return holder;
            }
            try {
                // Stamped as it claims: a run that waited for another to end must not seem to have started before that
                // end.
                history.start(new SyncRun(
                        run.id(),
                        run.invocationId(),
                        run.connector(),
                        run.stream(),
                        run.mode(),
                        run.status(),
                        Instant.now(),
                        run.finishedAt(),
                        run.counts(),
                        run.cursorBefore(),
                        run.cursorAfter(),
                        run.error()));
                return Optional.empty();
            } catch (DataAccessException e) {
                // Another process inserted its running row between the look and the insert; look again at who holds it.
                if (!UNIQUE_VIOLATION.equals(e.sqlState()) || attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** Runs {@code work} in one transaction: it commits when {@code work} returns and rolls back when it throws. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /**
     * Runs {@code work} in one transaction, like {@link #inTransaction}, whose commit does not wait for the
     * warehouse's log to reach disk where the warehouse allows it. A warehouse crash may then undo the last such
     * transactions, as if they had never run, never partly; the next transaction committed the plain way makes
     * them all durable. For a sync's batches, each committed with the cursor it reached: a crash costs a re-read,
     * and the run's last transaction, a plain one, leaves everything on disk.
     */
    public <T> T inBatchTransaction(Function<DSLContext, T> work) {
        if (embeddedFile != null) {
            requireFreeSpace(embeddedFile);
        }
        return inTransaction(tx -> {
            if (dialect.deferLogFlush() != null) {
                tx.execute(dialect.deferLogFlush());
            }
            return work.apply(tx);
        });
    }

    /**
     * Upserts rows with distinct keys into {@code table}, in the transaction of {@code tx}, looking up their keys and
     * hashes first so that unchanged rows are not touched.
     *
     * @return exact counts of created, updated and unchanged rows
     */
    public UpsertCounts upsert(
            DSLContext tx, TableRef table, List<StagedRow> rows, Instant syncedAt, String runId, boolean recordSeen) {
        return upsert(tx, table, rows, syncedAt, runId, recordSeen, false);
    }

    /**
     * Upserts rows with distinct keys into {@code table}, in the transaction of {@code tx}.
     *
     * @param mostlyChanged whether most rows are expected to be new or changed (an incremental window): they are then
     *                      merged whole at once, without first looking up their hashes, which would cost a second key
     *                      lookup per row; the few unchanged rows are then locked, not written
     * @return exact counts of created, updated and unchanged rows
     */
    public UpsertCounts upsert(
            DSLContext tx,
            TableRef table,
            List<StagedRow> rows,
            Instant syncedAt,
            String runId,
            boolean recordSeen,
            boolean mostlyChanged) {
        return onConnection(
                tx,
                "loading " + rows.size() + " rows into " + table.schema() + "." + table.table(),
                connection -> loader.upsert(connection, table, rows, syncedAt, runId, recordSeen, mostlyChanged));
    }

    /**
     * Writes rows with distinct keys straight into a table none of whose keys exist yet, in the transaction of {@code tx}.
     *
     * @throws KeyExistsException when a key did exist; the transaction is then unusable and must roll back
     */
    public UpsertCounts insertNew(
            DSLContext tx, TableRef table, List<StagedRow> rows, Instant syncedAt, String runId, boolean recordSeen) {
        return tx.connectionResult(connection -> {
            try {
                return loader.insertNew(connection, table, rows, syncedAt, runId, recordSeen);
            } catch (SQLException e) {
                if (dialect.isDuplicateKey(e)) {
                    throw new KeyExistsException(
                            table.schema() + "." + table.table() + " already holds a key of the batch", e);
                }
                throw new WarehouseException(
                        "loading " + rows.size() + " rows into " + table.schema() + "." + table.table() + " failed: "
                                + e.getMessage(),
                        e);
            }
        });
    }

    /** The live rows of {@code stream}'s table in {@code schemaName}, read when a reader asks; none before it exists. */
    public StoredRows storedRows(String schemaName, Stream stream) {
        return new LiveRows(dsl, schemaName, stream);
    }

    /** Whether the warehouse answers a query now (waiting at most the pool's connection timeout). */
    public boolean answers() {
        try {
            dsl.fetchValue("SELECT 1");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public boolean isEmpty(TableRef table) {
        return onConnection(
                dsl, "reading " + table.table(), connection -> loader.isEmpty(connection, table.qualified()));
    }

    /** Whether the table of keys seen by a deletion-detecting full sync holds none. */
    public boolean seenIsEmpty(TableRef table) {
        return onConnection(
                dsl, "reading " + table.seenTable(), connection -> loader.isEmpty(connection, table.qualifiedSeen()));
    }

    /** Forgets the keys an earlier full sync of a deletion-detecting table saw, as a new full sync starts. */
    public void forgetSeen(DSLContext tx, TableRef table) {
        onConnection(tx, "clearing the seen keys of " + table.table(), connection -> {
            loader.forgetSeen(connection, table);
            return null;
        });
    }

    /**
     * At the end of a complete full sync, marks the rows whose keys it did not see as deleted.
     *
     * @return how many rows were marked
     */
    public long markUnseenDeleted(DSLContext tx, TableRef table, Instant now, String runId) {
        return onConnection(
                tx,
                "marking deleted rows of " + table.table(),
                connection -> loader.markUnseenDeleted(connection, table, now, runId));
    }

    private static <T> T onConnection(DSLContext tx, String what, SqlWork<T> work) {
        return tx.connectionResult(connection -> {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new WarehouseException(what + " failed: " + e.getMessage(), e);
            }
        });
    }

    private interface SqlWork<T> {
        T run(java.sql.Connection connection) throws SQLException;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * Refuses a batch before it is written when the embedded warehouse's disk is nearly full. DuckDB does not survive
     * a commit that runs out of space cleanly: the transaction's rows can stay visible in the open database while its
     * other statements are undone, so the run's counts could no longer be trusted. Checked before each batch, a full
     * disk fails the run at a batch boundary, with everything committed before it intact.
     */
    private static void requireFreeSpace(Path file) {
        long usable = usableSpace(file);
        if (usable < DUCKDB_MIN_FREE_BYTES) {
            throw new WarehouseException(
                    "no space left for the embedded warehouse: the disk of " + file + " has " + (usable >> 20)
                            + " MB free, less than the " + (DUCKDB_MIN_FREE_BYTES >> 20)
                            + " MB a batch and DuckDB's log need;"
                            + " free some space and run again: the sync resumes after its last batch",
                    null);
        }
    }

    /**
     * DuckDB's WAL grows to the checkpoint threshold before a checkpoint folds it into the file, so a run needs that
     * much disk beyond the file's own growth. 256 MB where the disk has room: a checkpoint rewrites the key index
     * whole, so DuckDB's default of one per 16 MB makes a load of many batches quadratic. On a fuller disk the WAL is
     * held to a quarter of the free space, slower but finishing. Every commit is in the WAL either way.
     */
    static long checkpointThresholdMb(long usableBytes) {
        long quarterMb = usableBytes / 4 / (1L << 20);
        return Math.max(16, Math.min(MAX_CHECKPOINT_THRESHOLD_MB, quarterMb));
    }

    private static long usableSpace(Path file) {
        try {
            return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void createParentDirectory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new WarehouseException(
                    "cannot create the directory " + parent + " for the embedded warehouse: " + e.getMessage(), e);
        }
    }
}
