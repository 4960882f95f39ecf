package dev.ingest.core.internal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.sample.SampleConnector;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warehouse files outlive driver upgrades, and other DuckDB clients open them: a file keeps the storage format it
 * was made with, and a new one is made in a format that DuckDB 1.x still reads.
 */
class DuckDbStorageVersionTest {

    /** A 30-contact sample sync (3 companies, 30 contacts, 15 deals) written by ingest on DuckDB 1.1.3. */
    private static final String WRITTEN_BY_1_1_3 = "/duckdb/sample-30-duckdb-1.1.3.duckdb.gz";

    @TempDir
    Path dir;

    @Test
    void aFileWrittenByDuckDb113OpensAndSyncsAndKeepsItsFormat() throws IOException {
        Path file = dir.resolve("old.duckdb");
        try (InputStream gz = getClass().getResourceAsStream(WRITTEN_BY_1_1_3);
                InputStream in = new GZIPInputStream(gz)) {
            Files.copy(in, file);
        }

        try (Warehouse warehouse = open(file)) {
            assertThat(warehouse.dsl().fetchCount(DSL.table(DSL.name("ingest", "sync_history"))))
                    .isEqualTo(3);
            SyncReport report = sync(warehouse, 30);

            assertThat(report.streams()).allSatisfy(stream -> {
                assertThat(stream.status())
                        .as("%s: %s", stream.stream(), stream.error())
                        .isEqualTo(RunStatus.SUCCESS);
                assertThat(stream.counts().created()).as(stream.stream()).isZero();
            });
            assertThat(warehouse.dsl().fetchCount(DSL.table(DSL.name("sample", "contacts"))))
                    .isEqualTo(30);
            assertThat(warehouse.dsl().fetchCount(DSL.table(DSL.name("ingest", "sync_history"))))
                    .isEqualTo(6);
            assertThat(storageVersion(warehouse)).isEqualTo("v1.0.0+");
        }
    }

    @Test
    void aNewFileIsMadeInTheFormatOfDuckDb1() {
        try (Warehouse warehouse = open(dir.resolve("new.duckdb"))) {
            sync(warehouse, 20);

            assertThat(storageVersion(warehouse)).isEqualTo(DuckDbFile.NEW_FILE_STORAGE_VERSION + "+");
        }
    }

    private static Warehouse open(Path file) {
        return Warehouse.open(new WarehouseConfig("jdbc:duckdb:" + file, null, null));
    }

    private static SyncReport sync(Warehouse warehouse, int count) {
        SampleConnector connector = new SampleConnector();
        try (Client client = connector.open(Settings.fromShortNames(
                connector.name(), connector.settings(), Map.of("COUNT", Integer.toString(count))))) {
            return new SyncEngine(warehouse).sync(connector, client, SyncRequest.all(), SyncListener.NONE);
        }
    }

    /** As DuckDB reports it: the oldest DuckDB version whose format the file is in, with a {@code +}. */
    private static String storageVersion(Warehouse warehouse) {
        return warehouse
                .dsl()
                .fetchValue("SELECT map_extract_value(tags, 'storage_version') FROM duckdb_databases()"
                        + " WHERE database_name = '" + DuckDbFile.CATALOG + "'")
                .toString();
    }
}
