package dev.ingest.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncReport;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.WarehouseFixture;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's snippets as an application would. */
class QuickstartIT {

    @Test
    void theDuckDbSnippetSyncsEveryStream(@TempDir Path directory) {
        SyncReport report = Quickstart.syncIntoDuckDb(directory);

        assertThat(report.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(report.streams()).extracting(StreamResult::stream).contains("companies", "contacts", "deals");
        assertThat(stream(report, "contacts").counts().created()).isEqualTo(1000);
        assertThat(directory.resolve("warehouse.duckdb")).exists();
    }

    @Test
    void thePostgresSnippetLoadsTheChosenStreamsThroughTheApplicationsPool() {
        try (WarehouseFixture database = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES)) {
            database.release();
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(database.config().url());
            pool.setUsername(database.config().user());
            try (HikariDataSource dataSource = new HikariDataSource(pool)) {
                SyncReport report = Quickstart.syncIntoPostgres(dataSource);

                assertThat(report.streams()).extracting(StreamResult::stream).containsExactly("companies", "contacts");
                assertThat(stream(report, "contacts").counts().created()).isEqualTo(1000);
                assertThat(dataSource.isClosed()).isFalse();
            }
        }
    }

    @Test
    void theCsvSnippetImportsTheFileAndListsItsRejects(@TempDir Path directory) throws URISyntaxException {
        Path file = Path.of(Objects.requireNonNull(QuickstartIT.class.getResource("/users.csv"))
                .toURI());

        SyncReport report = Quickstart.importCsv(directory, file);

        StreamResult users = report.streams().get(0);
        assertThat(users.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(users.counts().created()).isEqualTo(3);
        assertThat(users.counts().rejected()).isEqualTo(2);
    }

    private static StreamResult stream(SyncReport report, String name) {
        return report.streams().stream()
                .filter(s -> s.stream().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
