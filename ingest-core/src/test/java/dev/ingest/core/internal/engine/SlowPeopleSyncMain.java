package dev.ingest.core.internal.engine;

import dev.ingest.core.RunCounts;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.FaultyConnector;
import dev.ingest.core.testing.PeopleConnector;
import dev.ingest.core.testing.PeopleSource;
import java.util.Map;

/**
 * A sync run in a child JVM so that a test can kill it with SIGKILL: a slow people source, a line on
 * standard output after each committed batch. Arguments: warehouse URL, user, record count.
 */
public final class SlowPeopleSyncMain {

    public static void main(String[] args) {
        WarehouseConfig config = new WarehouseConfig(args[0], args[1].isEmpty() ? null : args[1], null);
        FaultyConnector connector = new FaultyConnector(
                        new PeopleConnector(PeopleSource.generate(Integer.parseInt(args[2])), false).pageSize(50))
                .batchDelay(20);
        try (Warehouse warehouse = Warehouse.open(config)) {
            new SyncEngine(warehouse)
                    .sync(
                            connector,
                            connector.open(Settings.fromShortNames(connector.name(), connector.settings(), Map.of())),
                            SyncRequest.all().withBatchSize(50),
                            new SyncListener() {
                                @Override
                                public void batchDone(String stream, RunCounts soFar) {
                                    System.out.println("committed " + soFar.processed());
                                    System.out.flush();
                                }
                            });
        }
    }
}
