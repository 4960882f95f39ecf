package dev.ingest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.sample.SampleConnector;
import dev.ingest.core.internal.sample.SampleTable;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Settings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The embedded DuckDB warehouse runs out of disk space in the middle of a sync: its file sits on a small tmpfs
 * that a filler file has all but filled.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DuckDbFullDiskIT {

    /** Contacts to sync: several MB of rows, far more than the space left. */
    private static final int CONTACTS = 40_000;

    private static final int BATCH_SIZE = 1_000;
    private static final int DISK_MB = 160;
    /**
     * Room for the warehouse's first batches, not for all of them: the warehouse refuses a batch once less than 64 MB
     * is free, and the disk then still has room to record the run's end.
     */
    private static final long FREE_BYTES = 70L << 20;

    private final SampleConnector connector = new SampleConnector();

    @RegisterExtension
    final Resources resources = new Resources();

    @Test
    void duckDbFullDiskFailsTheRunAndHistoryMatchesTheTable() throws Exception {
        Tmpfs disk = resources.add(Tmpfs.mount(DISK_MB));
        Client client = resources.add(connector.open(Settings.fromShortNames(
                connector.name(), connector.settings(), Map.of("COUNT", String.valueOf(CONTACTS)))));
        // The same warehouse instance throughout, as an application embedding the library keeps it.
        Warehouse warehouse = resources.add(Warehouse.open(WarehouseConfig.embedded(disk.path())));
        StreamLedger contacts = new StreamLedger(warehouse, connector.name(), "contacts");
        disk.fillLeaving(FREE_BYTES);

        StreamResult full = sync(warehouse, client);

        assertThat(full.status())
                .as("a run out of disk space: %s", full.error())
                .isEqualTo(RunStatus.FAILED);
        assertThat(full.error()).as("the failed run's message").containsIgnoringCase("no space left");
        SyncRun recorded = warehouse.history().get(full.runId());
        assertThat(recorded.status())
                .as("the failed run's history row: %s", recorded.error())
                .isEqualTo(RunStatus.FAILED);
        contacts.assertCountsWhatItWrote(full.runId());

        disk.removeFiller();
        StreamResult next = sync(warehouse, client);

        assertThat(next.status()).as(next.error()).isEqualTo(RunStatus.SUCCESS);
        contacts.assertHoldsExactly(SourceKeys.ids(client, SampleTable.CONTACTS.stream()));
        // Rows the failed run wrote and the next one found unchanged still carry its id: still its to count.
        contacts.assertCountsWhatItWrote(full.runId());
        contacts.assertHistoryMatchesTable();
    }

    private StreamResult sync(Warehouse warehouse, Client client) {
        return new SyncEngine(warehouse)
                .sync(
                        connector,
                        client,
                        SyncRequest.all().withStreams(List.of("contacts")).withBatchSize(BATCH_SIZE),
                        SyncListener.NONE)
                .streams()
                .get(0);
    }
}
