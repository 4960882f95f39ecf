package dev.ingest.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.PeopleConnector;
import dev.ingest.core.testing.PeopleSource;
import dev.ingest.core.testing.WarehouseFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A warehouse that loses commits it had acknowledged, as PostgreSQL does when it crashes after commits made without
 * waiting for the disk and comes back before the run's next batch. The loss is played here by undoing the run's
 * second batch by hand, exactly as a crash would (its rows, seen keys, state and history counts); ingest-faults crashes
 * a real server.
 */
class LostCommitIT {

    private WarehouseFixture fixture;

    @AfterEach
    void dropWarehouse() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aRunWhoseCommittedBatchTheWarehouseLostFailsAndTheNextRunRestoresIt(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleConnector connector = new PeopleConnector(PeopleSource.generate(50), false).pageSize(10);

        StreamResult lost = sync(warehouse, connector, SyncRequest.all(), undoSecondBatch(warehouse, false));

        assertThat(lost.status()).isEqualTo(RunStatus.FAILED);
        assertThat(lost.error()).contains("lost recent commits");
        assertThat(rows(warehouse, "")).isEqualTo(10);
        assertThat(lost.counts().created()).isEqualTo(10);
        assertThat(warehouse.history().get(lost.runId()).counts().created()).isEqualTo(10);

        StreamResult resumed = sync(warehouse, connector, SyncRequest.all(), SyncListener.NONE);

        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(rows(warehouse, "")).isEqualTo(50);
        assertThat(warehouse.history().recent("people", 10).stream()
                        .mapToLong(run -> run.counts().created())
                        .sum())
                .isEqualTo(50);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aFullResyncWhoseCommittedBatchTheWarehouseLostMarksNoLiveRowDeleted(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleConnector connector = new PeopleConnector(PeopleSource.generate(50), false)
                .pageSize(10)
                .detectDeletions();
        sync(warehouse, connector, SyncRequest.all(), SyncListener.NONE);

        StreamResult lost =
                sync(warehouse, connector, SyncRequest.all().withFull(true), undoSecondBatch(warehouse, true));
        StreamResult resumed = sync(warehouse, connector, SyncRequest.all().withFull(true), SyncListener.NONE);

        assertThat(lost.status()).isEqualTo(RunStatus.FAILED);
        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(rows(warehouse, " WHERE _deleted_at IS NOT NULL")).isZero();
        assertThat(rows(warehouse, "")).isEqualTo(50);
    }

    /** After the run's second batch commits, takes it back as a crash would: the warehouse is left as after the first. */
    private static SyncListener undoSecondBatch(Warehouse warehouse, boolean seenKeys) {
        return new SyncListener() {
            private int batches;

            @Override
            public void batchDone(String stream, RunCounts soFar) {
                if (++batches != 2) {
                    return;
                }
                SyncRun run = warehouse.history().running("people", "people").orElseThrow();
                warehouse.inTransaction(tx -> {
                    tx.execute(
                            "DELETE FROM people.people WHERE id BETWEEN 11 AND 20 AND _run_id = CAST(? AS uuid)",
                            run.id());
                    if (seenKeys) {
                        tx.execute("DELETE FROM people._seen_people WHERE id BETWEEN 11 AND 20");
                    }
                    tx.execute(
                            "UPDATE ingest.sync_state SET resume_checkpoint = '10', resume_max_cursor = ? WHERE stream = 'people'",
                            PeopleSource.BASE.plusSeconds(10).toString());
                    long created = run.counts().created() == 20 ? 10 : 0;
                    return tx.execute(
                            "UPDATE ingest.sync_history SET batches = 1, processed = 10, created = ?, unchanged = ?"
                                    + " WHERE id = ?",
                            created,
                            10 - created,
                            run.id());
                });
            }
        };
    }

    private Warehouse warehouse(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        return fixture.warehouse();
    }

    private static StreamResult sync(
            Warehouse warehouse, PeopleConnector connector, SyncRequest request, SyncListener listener) {
        Client client = connector.open(Settings.fromShortNames(connector.name(), connector.settings(), Map.of()));
        return new SyncEngine(warehouse)
                .sync(connector, client, request.withBatchSize(10), listener)
                .streams()
                .get(0);
    }

    private static long rows(Warehouse warehouse, String where) {
        return ((Number) warehouse.dsl().fetchValue("SELECT count(*) FROM people.people" + where)).longValue();
    }
}
