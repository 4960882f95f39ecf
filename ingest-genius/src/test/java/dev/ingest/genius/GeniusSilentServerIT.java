package dev.ingest.genius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.testing.SilentTcpServer;
import dev.ingest.core.testing.WarehouseFixture;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Genius endpoint that accepts TCP connections and never answers (a hung server, a firewall dropping replies):
 * {@code check} and a sync give up within a small multiple of {@code GENIUS_CONNECT_TIMEOUT_SECONDS}, every
 * stream with one line naming the host and the timeout. The JUnit timeout only stops a regression from hanging the build.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GeniusSilentServerIT {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration ALLOWED = CONNECT_TIMEOUT.multipliedBy(4);

    private final GeniusConnector connector = new GeniusConnector();
    private SilentTcpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new SilentTcpServer();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private Settings settings() {
        return Settings.fromShortNames(
                connector.name(),
                connector.settings(),
                Map.of(
                        "DB_HOST",
                        "127.0.0.1",
                        "DB_PORT",
                        String.valueOf(server.port()),
                        "DB_NAME",
                        "genius",
                        "DB_USER",
                        "reader",
                        "DB_PASSWORD",
                        "s3cret",
                        "CONNECT_TIMEOUT_SECONDS",
                        String.valueOf(CONNECT_TIMEOUT.toSeconds())));
    }

    private String noAnswer() {
        return "genius: no answer from " + server.address() + " within 1 s";
    }

    @Test
    void checkGivesUpOnEveryStreamWithinTheConnectTimeout() {
        long start = System.nanoTime();
        try (Client client = connector.open(settings())) {
            for (Stream stream : connector.discover(client)) {
                assertThatThrownBy(() -> client.check(stream))
                        .as(stream.name())
                        .isInstanceOf(SourceException.class)
                        .hasMessage(noAnswer());
            }
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ALLOWED);
        assertThat(server.connections()).as("connections the client opened").isEqualTo(1);
    }

    @Test
    void aSyncGivesUpOnEveryStreamWithinTheConnectTimeout() {
        SyncReport report;
        try (WarehouseFixture fixture = WarehouseFixture.create(WarehouseConfig.Kind.DUCKDB);
                Client client = connector.open(settings())) {
            report = new SyncEngine(fixture.warehouse()).sync(connector, client, SyncRequest.all(), SyncListener.NONE);
        }

        // The engine's own work for a stream (its tables, its run's history) is on top; only the first stream waits.
        assertThat(report.streams()).hasSize(connector.streams().size()).allSatisfy(result -> {
            assertThat(result.status()).as(result.stream()).isEqualTo(RunStatus.FAILED);
            assertThat(result.error()).as(result.stream()).startsWith(noAnswer());
        });
        assertThat(report.streams().get(0).elapsed()).isLessThan(ALLOWED);
        assertThat(report.streams().subList(1, report.streams().size()))
                .allSatisfy(result ->
                        assertThat(result.elapsed()).as(result.stream()).isLessThan(CONNECT_TIMEOUT));
        assertThat(server.connections()).as("connections the client opened").isEqualTo(1);
    }
}
