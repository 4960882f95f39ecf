package dev.ingest.core.testing;

import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.Record;

/**
 * A fresh, empty warehouse of each kind for one test: a new database on the PostgreSQL service at
 * 127.0.0.1:5432 (dropped on close), or a DuckDB file in a new temporary directory (deleted on close).
 * Tests running at once never see each other's tables.
 */
public final class WarehouseFixture implements AutoCloseable {

    public static final String POSTGRES_HOST = System.getProperty("ingest.test.postgres", "127.0.0.1:5432");
    public static final String POSTGRES_USER = System.getProperty("ingest.test.postgres.user", "postgres");

    private final WarehouseConfig.Kind kind;
    private final WarehouseConfig config;
    private final String database;
    private final Path directory;
    private Warehouse warehouse;

    private WarehouseFixture(WarehouseConfig.Kind kind, WarehouseConfig config, String database, Path directory) {
        this.kind = kind;
        this.config = config;
        this.database = database;
        this.directory = directory;
    }

    public static WarehouseFixture create(WarehouseConfig.Kind kind) {
        try {
            if (kind == WarehouseConfig.Kind.POSTGRES) {
                String database = "ingest_test_"
                        + UUID.randomUUID()
                                .toString()
                                .replace("-", "")
                                .substring(0, 16)
                                .toLowerCase(Locale.ROOT);
                try (Connection admin = DriverManager.getConnection(
                                "jdbc:postgresql://" + POSTGRES_HOST + "/postgres", POSTGRES_USER, null);
                        Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE " + database);
                }
                return new WarehouseFixture(
                        kind,
                        new WarehouseConfig("jdbc:postgresql://" + POSTGRES_HOST + "/" + database, POSTGRES_USER, null),
                        database,
                        null);
            }
            Path directory = Files.createTempDirectory("ingest-duckdb-");
            return new WarehouseFixture(kind, WarehouseConfig.embedded(directory), null, directory);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot create a test warehouse of kind " + kind, e);
        }
    }

    public WarehouseConfig.Kind kind() {
        return kind;
    }

    public WarehouseConfig config() {
        return config;
    }

    /** The warehouse, opened on first use and kept open until {@link #close()}. */
    public Warehouse warehouse() {
        if (warehouse == null) {
            warehouse = Warehouse.open(config);
        }
        return warehouse;
    }

    /** Syncs {@code connector} into the warehouse through a client opened with {@code settings}: each stream's result. */
    public Map<String, StreamResult> sync(Connector connector, Settings settings, SyncRequest request) {
        try (Client client = connector.open(settings)) {
            Map<String, StreamResult> byStream = new LinkedHashMap<>();
            new SyncEngine(warehouse())
                    .sync(connector, client, request, SyncListener.NONE)
                    .streams()
                    .forEach(result -> byStream.put(result.stream(), result));
            return byStream;
        }
    }

    /** The rows of a query of the warehouse. */
    public List<Record> rows(String sql) {
        return warehouse().dsl().fetch(sql);
    }

    /** Closes the open warehouse so another process (or a fresh open) can use it; the data stays. */
    public void release() {
        if (warehouse != null) {
            warehouse.close();
            warehouse = null;
        }
    }

    @Override
    public void close() {
        release();
        try {
            if (database != null) {
                try (Connection admin = DriverManager.getConnection(
                                "jdbc:postgresql://" + POSTGRES_HOST + "/postgres", POSTGRES_USER, null);
                        Statement statement = admin.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
            }
            if (directory != null) {
                try (var files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot remove test warehouse " + config.redactedUrl(), e);
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
