package dev.ingest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.spi.Client;
import dev.ingest.genius.GeniusConnector;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A PostgreSQL warehouse crashes and restarts between two batches of a Genius sync while the source is paused.
 * Batches commit asynchronously, so the crash undoes the last ones together with their cursor; the run must not
 * then carry on past them as if they were there.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WarehouseCrashIT {

    private static final int SOURCE_ROWS = 20_000;
    private static final int BATCH_SIZE = 1_000;
    /** The fault comes once this many rows are committed: several batches in, many to go. */
    private static final long FAULT_AFTER_ROWS = 6_000;

    private static final List<String> PROSPECTS = List.of("prospects");

    private final GeniusConnector connector = new GeniusConnector();

    @RegisterExtension
    final Resources resources = new Resources();

    private ProspectSource source;
    private PrivatePostgres server;
    private Warehouse warehouse;
    private Client client;
    private StreamLedger prospects;

    @BeforeEach
    void start() {
        source = resources.add(ProspectSource.withProspects(SOURCE_ROWS));
        server = resources.add(PrivatePostgres.start());
        warehouse = resources.add(Warehouse.open(server.config()));
        client = resources.add(connector.open(source.settings()));
        prospects = new StreamLedger(warehouse, connector.name(), "prospects");
    }

    @Test
    void warehouseCrashWhileSourcePausedLosesNoRowsAndReportsNoFalseSuccess() {
        CrashBetweenBatches crash = new CrashBetweenBatches();

        StreamResult first = sync(SyncRequest.all(), crash);

        crash.assertInjected();
        assertEndedTrueToTheTableOrResumes(first, SyncRequest.all());
        prospects.assertHoldsExactly(source.prospectIds());
        prospects.assertHistoryMatchesTable();
    }

    @Test
    void warehouseCrashDuringFullResyncMarksNoLiveRowDeleted() {
        StreamResult load = sync(SyncRequest.all(), SyncListener.NONE);
        assertThat(load.status()).as(load.error()).isEqualTo(RunStatus.SUCCESS);
        CrashBetweenBatches crash = new CrashBetweenBatches();

        StreamResult resync = sync(SyncRequest.all().withFull(true), crash);

        crash.assertInjected();
        prospects.assertNoneMarkedDeleted();
        assertEndedTrueToTheTableOrResumes(resync, SyncRequest.all().withFull(true));
        prospects.assertNoneMarkedDeleted();
        prospects.assertHoldsExactly(source.prospectIds());
        prospects.assertHistoryMatchesTable();
    }

    /**
     * A run the crash hit either ended well with everything in the table, or failed (not success, not partial)
     * counting only what it durably wrote; then the same request again resumes and completes.
     */
    private void assertEndedTrueToTheTableOrResumes(StreamResult hit, SyncRequest again) {
        if (hit.status() == RunStatus.SUCCESS) {
            prospects.assertHoldsExactly(source.prospectIds());
            return;
        }
        assertThat(hit.status()).as("a run the crash hit: %s", hit.error()).isEqualTo(RunStatus.FAILED);
        prospects.assertCountsWhatItWrote(hit.runId());
        StreamResult resumed = sync(again, SyncListener.NONE);
        assertThat(resumed.status()).as(resumed.error()).isEqualTo(RunStatus.SUCCESS);
    }

    private StreamResult sync(SyncRequest request, SyncListener listener) {
        return new SyncEngine(warehouse)
                .sync(connector, client, request.withStreams(PROSPECTS).withBatchSize(BATCH_SIZE), listener)
                .streams()
                .get(0);
    }

    /**
     * Right after the batch that commits the run past {@link #FAULT_AFTER_ROWS}, on the loading thread: pauses the
     * source, crashes and restarts the warehouse, resumes the source. Once per run. Right after a commit, so that the
     * batch is still in the server's WAL buffers when it dies (its WAL writer runs once in 10 s).
     */
    private final class CrashBetweenBatches implements SyncListener {

        private boolean tried;
        private Exception failure;

        @Override
        public void batchDone(String stream, RunCounts soFar) {
            if (tried || soFar.processed() < FAULT_AFTER_ROWS) {
                return;
            }
            tried = true;
            try (AutoCloseable pause = source.pauseProspects()) {
                server.crashAndRestart();
            } catch (Exception e) {
                // Kept for the test to fail on: thrown here, it would fail the run, as if the run had failed well.
                failure = e;
            }
        }

        void assertInjected() {
            assertThat(tried)
                    .as("the run reached %d rows, where the warehouse crashes", FAULT_AFTER_ROWS)
                    .isTrue();
            assertThat(failure).as("injecting the crash").isNull();
        }
    }
}
