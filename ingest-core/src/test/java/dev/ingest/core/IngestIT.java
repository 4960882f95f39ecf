package dev.ingest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.testing.WarehouseFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestIT {

    private static final Map<String, String> SAMPLE = Map.of("SAMPLE_COUNT", "200");

    @Test
    void syncsIntoTheEmbeddedWarehouseAndReadsTheRunBack(@TempDir Path directory) {
        AtomicLong batches = new AtomicLong();
        SyncListener listener = new SyncListener() {
            @Override
            public void batchDone(String stream, RunCounts soFar) {
                batches.incrementAndGet();
            }
        };
        try (Ingest ingest = Ingest.embedded(directory)) {
            assertThat(ingest.connectors()).contains("sample");
            assertThat(ingest.settings("sample")).containsKey("SAMPLE_COUNT");

            SyncReport first = ingest.sync("sample", SAMPLE, SyncRequest.all(), listener);
            assertThat(first.status()).isEqualTo(RunStatus.SUCCESS);
            StreamResult contacts = stream(first, "contacts");
            assertThat(contacts.counts().created()).isEqualTo(200);
            assertThat(batches.get()).isPositive();

            assertThat(ingest.run(contacts.runId())).get().satisfies(run -> {
                assertThat(run.counts()).isEqualTo(contacts.counts());
                assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
            });
            assertThat(ingest.runs(RunQuery.latest(10).withConnector("sample").withStream("contacts")))
                    .extracting(SyncRun::id)
                    .containsExactly(contacts.runId());
            assertThat(ingest.state("sample").get("contacts").cursor()).isEqualTo(contacts.cursorAfter());

            SyncReport second = ingest.sync("sample", SAMPLE);
            assertThat(stream(second, "contacts").mode()).isEqualTo("incremental");
            assertThat(ingest.resetState("sample", List.of("contacts"))).isEqualTo(1);
            assertThat(stream(ingest.sync("sample", SAMPLE), "contacts").mode()).isEqualTo("full");
        }
        assertThat(directory.resolve("warehouse.duckdb")).exists();
    }

    @Test
    void aDryRunReturnsSampleRowsAndWritesNoRun(@TempDir Path directory) {
        try (Ingest ingest = Ingest.embedded(directory)) {
            SyncReport report = ingest.sync(
                    "sample",
                    SAMPLE,
                    SyncRequest.all().withStreams(List.of("companies")).withDryRun(true),
                    SyncListener.NONE);
            assertThat(report.dryRun()).isTrue();
            assertThat(stream(report, "companies").sample()).isNotEmpty();
            assertThat(ingest.runs(RunQuery.latest(10))).isEmpty();
        }
    }

    @Test
    void loadsThroughTheApplicationsOwnDataSourceAndLeavesItOpen() throws Exception {
        try (WarehouseFixture fixture = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES)) {
            fixture.release();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(fixture.config().url());
            config.setUsername(fixture.config().user());
            config.setMaximumPoolSize(3);
            try (HikariDataSource application = new HikariDataSource(config)) {
                try (Ingest ingest = Ingest.open(application)) {
                    SyncReport report = ingest.sync("sample", SAMPLE);
                    assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
                }
                assertThat(application.isClosed()).isFalse();
                try (Connection connection = application.getConnection();
                        ResultSet rows =
                                connection.createStatement().executeQuery("SELECT count(*) FROM sample.contacts")) {
                    rows.next();
                    assertThat(rows.getLong(1)).isEqualTo(200);
                }
            }
        }
    }

    @Test
    void theSettingsSayWhatRawKeeps(@TempDir Path directory) throws Exception {
        try (Ingest ingest = Ingest.embedded(directory)) {
            ingest.sync("sample", Map.of("SAMPLE_COUNT", "20"));
            ingest.sync(
                    "sample",
                    Map.of("SAMPLE_COUNT", "20", "INGEST_RAW", "all", "SAMPLE_SEED", "7"),
                    SyncRequest.all().withFull(true),
                    SyncListener.NONE);
        }
        try (Connection connection =
                        java.sql.DriverManager.getConnection("jdbc:duckdb:" + directory.resolve("warehouse.duckdb"));
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT count(*) FILTER (WHERE _raw LIKE '%\"email\"%'), count(*)"
                                + " FROM sample.contacts")) {
            rows.next();
            // The second, full, with other values for the same keys, rewrote every contact keeping the whole record.
            assertThat(rows.getLong(1)).isEqualTo(20).isEqualTo(rows.getLong(2));
        }
    }

    @Test
    void unknownNamesFailBeforeAnythingIsRead(@TempDir Path directory) {
        try (Ingest ingest = Ingest.embedded(directory)) {
            assertThatThrownBy(() -> ingest.sync("nosuch", Map.of()))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("unknown connector 'nosuch'");
            assertThatThrownBy(() -> ingest.sync(
                            "sample", SAMPLE, SyncRequest.all().withStreams(List.of("leads")), SyncListener.NONE))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("unknown stream 'leads'");
            assertThatThrownBy(() -> ingest.resetState("sample", List.of("leads")))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("unknown stream 'leads'");
        }
    }

    @Test
    void aDuckDbDataSourceIsRefusedWithTheWayOut(@TempDir Path directory) throws Exception {
        org.duckdb.DuckDBDriver.class.getName();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:duckdb:" + directory.resolve("app.duckdb"));
        try (HikariDataSource application = new HikariDataSource(config)) {
            assertThatThrownBy(() -> Ingest.open(application))
                    .isInstanceOf(WarehouseException.class)
                    .hasMessageContaining("must be PostgreSQL");
        }
        assertThat(Files.exists(directory.resolve("warehouse.duckdb"))).isFalse();
    }

    private static StreamResult stream(SyncReport report, String name) {
        return report.streams().stream()
                .filter(s -> s.stream().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
