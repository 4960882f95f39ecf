package dev.ingest.core.internal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.sample.SampleConnector;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Settings;
import java.nio.file.Path;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A DuckDB file's name is the user's choice: none may collide with the schemas the warehouse writes. */
class DuckDbFileNameTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sample.duckdb", "ingest.duckdb", "main.duckdb", "it's here.duckdb"})
    void aSyncLoadsEveryStreamWhateverTheFileIsCalled(String fileName) {
        SampleConnector connector = new SampleConnector();
        String url = "jdbc:duckdb:" + dir.resolve(fileName);
        try (Warehouse warehouse = Warehouse.open(new WarehouseConfig(url, null, null));
                Client client = connector.open(
                        Settings.fromShortNames(connector.name(), connector.settings(), Map.of("COUNT", "20")))) {
            SyncReport report = new SyncEngine(warehouse).sync(connector, client, SyncRequest.all(), SyncListener.NONE);

            assertThat(report.streams())
                    .allSatisfy(stream -> assertThat(stream.status())
                            .as("%s: %s", stream.stream(), stream.error())
                            .isEqualTo(RunStatus.SUCCESS));
            assertThat(report.streams()).extracting(StreamResult::stream).contains("contacts");
        }
        // Opened again, as the next run does: the rows are in the file.
        try (Warehouse warehouse = Warehouse.open(new WarehouseConfig(url, null, null))) {
            assertThat(warehouse.dsl().fetchCount(DSL.table(DSL.name("sample", "contacts"))))
                    .isEqualTo(20);
        }
    }
}
