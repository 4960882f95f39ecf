package dev.ingest.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ingest.core.RejectedRecord;
import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.SourceQuotaException;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.core.testing.FaultyConnector;
import dev.ingest.core.testing.PeopleConnector;
import dev.ingest.core.testing.PeopleSource;
import dev.ingest.core.testing.WarehouseFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The engine end to end, against a real PostgreSQL database and a real DuckDB file. */
class SyncEngineIT {

    private WarehouseFixture fixture;

    @AfterEach
    void dropWarehouse() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private Warehouse warehouse(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        return fixture.warehouse();
    }

    /** Syncs in batches of 10 rows, small enough for the INSERT path, unless the request asks for more. */
    private static StreamResult sync(Warehouse warehouse, Connector connector, SyncRequest request) {
        Client client = connector.open(Settings.fromShortNames(connector.name(), connector.settings(), Map.of()));
        int batchSize = request.batchSize() == SyncRequest.DEFAULT_BATCH_SIZE ? 10 : request.batchSize();
        SyncReport report =
                new SyncEngine(warehouse).sync(connector, client, request.withBatchSize(batchSize), SyncListener.NONE);
        assertThat(report.streams()).hasSize(1);
        return report.streams().get(0);
    }

    private static List<Record> people(Warehouse warehouse) {
        return warehouse.dsl().fetch("SELECT * FROM people.people ORDER BY id");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void fullSyncLoadsEveryRecordTypedWithItsRawJson(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(45);
        source.put(46, "Zoë O'Brien\tNuñez 東京 🎉\nsecond line \\ backslash");

        StreamResult result = sync(warehouse, new PeopleConnector(source, false), SyncRequest.all());

        assertThat(result.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(result.mode()).isEqualTo("full");
        assertThat(result.counts().processed()).isEqualTo(46);
        assertThat(result.counts().created()).isEqualTo(46);
        List<Record> rows = people(warehouse);
        assertThat(rows).hasSize(46);
        Record first = rows.get(0);
        assertThat(first.get("id", Long.class)).isEqualTo(1L);
        assertThat(first.get("name", String.class)).isEqualTo("Person 1");
        assertThat(first.get("amount", BigDecimal.class)).isEqualByComparingTo("1.25");
        assertThat(first.get("active", Boolean.class)).isFalse();
        assertThat(first.get("born", LocalDate.class)).isEqualTo(LocalDate.parse("1990-01-02"));
        assertThat(first.get("updated_at", java.time.OffsetDateTime.class).toInstant())
                .isEqualTo(PeopleSource.BASE.plusSeconds(1));
        assertThat(first.get("_raw", String.class)).contains("\"email\"").contains("person1@example.com");
        assertThat(first.get("_run_id", String.class)).isEqualTo(result.runId());
        assertThat(first.get("_deleted_at")).isNull();
        assertThat(rows.get(45).get("name", String.class))
                .isEqualTo("Zoë O'Brien\tNuñez 東京 🎉\nsecond line \\ backslash");

        SyncRun run = warehouse.history().get(result.runId());
        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(run.counts()).isEqualTo(result.counts());
        assertThat(run.cursorAfter())
                .isEqualTo(PeopleSource.BASE.plusSeconds(46).toString());
        assertThat(warehouse.states().load("people", "people").cursor()).isEqualTo(run.cursorAfter());
        assertThat(warehouse.states().load("people", "people").resume()).isNull();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void bulkWritesKeepEveryCharacterAndTypeOnFirstLoadAndOnMerge(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(300);
        String awkward = "Zoë O'Brien\tNuñez 東京 🎉\r\nsecond line \\ back\\slash \\N";
        source.put(301, awkward);
        PeopleConnector connector = new PeopleConnector(source, false).pageSize(500);

        StreamResult first = sync(warehouse, connector, SyncRequest.all().withBatchSize(1000));
        source.rename(7, awkward + " again");
        source.put(302, "Newcomer");
        StreamResult second =
                sync(warehouse, connector, SyncRequest.all().withFull(true).withBatchSize(1000));

        assertThat(first.counts().created()).isEqualTo(301);
        assertThat(second.counts())
                .extracting("created", "updated", "unchanged")
                .containsExactly(1L, 1L, 300L);
        List<Record> rows = people(warehouse);
        assertThat(rows.get(300).get("name", String.class)).isEqualTo(awkward);
        assertThat(rows.get(6).get("name", String.class)).isEqualTo(awkward + " again");
        assertThat(rows.get(6).get("_raw", String.class)).contains("東京 🎉");
        assertThat(rows.get(299).get("amount", BigDecimal.class)).isEqualByComparingTo("300.25");
        assertThat(rows.get(299).get("born", LocalDate.class)).isEqualTo(LocalDate.parse("1990-01-21"));
        assertThat(rows.get(299).get("active", Boolean.class)).isTrue();
        assertThat(rows.get(299)
                        .get("updated_at", java.time.OffsetDateTime.class)
                        .toInstant())
                .isEqualTo(PeopleSource.BASE.plusSeconds(300));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void rerunningASyncChangesNothing(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleConnector connector = new PeopleConnector(PeopleSource.generate(30), false);
        sync(warehouse, connector, SyncRequest.all());
        String firstRun = people(warehouse).get(0).get("_run_id", String.class);

        StreamResult full = sync(warehouse, connector, SyncRequest.all().withFull(true));
        StreamResult incremental = sync(warehouse, connector, SyncRequest.all());

        assertThat(full.counts().created()).isZero();
        assertThat(full.counts().updated()).isZero();
        assertThat(full.counts().unchanged()).isEqualTo(30);
        assertThat(incremental.mode()).isEqualTo("incremental");
        assertThat(incremental.counts().created()).isZero();
        assertThat(incremental.counts().updated()).isZero();
        assertThat(people(warehouse))
                .allSatisfy(r -> assertThat(r.get("_run_id", String.class)).isEqualTo(firstRun));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void incrementalSyncFetchesOnlyWhatChangedSinceTheCursor(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(40);
        PeopleConnector connector = new PeopleConnector(source, false);
        sync(warehouse, connector, SyncRequest.all());
        connector.takeReadCount();
        source.rename(3, "Renamed Three");
        source.rename(17, "Renamed Seventeen");
        source.put(41, "New Person");

        StreamResult result = sync(warehouse, connector, SyncRequest.all());

        assertThat(result.mode()).isEqualTo("incremental");
        assertThat(connector.lastRequest().mode()).isEqualTo(SyncMode.INCREMENTAL);
        assertThat(connector.lastRequest().cursor())
                .isEqualTo(PeopleSource.BASE.plusSeconds(40).toString());
        // the three changes, plus the record at the cursor itself, read again so none sharing it is missed
        assertThat(connector.takeReadCount()).isEqualTo(4);
        assertThat(result.counts().updated()).isEqualTo(2);
        assertThat(result.counts().created()).isEqualTo(1);
        assertThat(result.counts().unchanged()).isEqualTo(1);
        assertThat(people(warehouse)).hasSize(41);
        assertThat(people(warehouse).get(2).get("name", String.class)).isEqualTo("Renamed Three");
        assertThat(result.cursorAfter())
                .isEqualTo(PeopleSource.BASE.plusSeconds(43).toString());
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void recordsOutOfCursorOrderAreLoadedButLeaveTheCursor(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(20);
        PeopleConnector connector = new PeopleConnector(source, false);
        sync(warehouse, connector, SyncRequest.all());
        source.rename(4, "Renamed Four");
        // a record modified long after everything in the window, listed after it
        PeopleSource archive = PeopleSource.generate(99);
        connector.trailer(List.of(
                archive.snapshot(java.util.Comparator.comparing(n -> n.get("id").asLong()))
                        .get(98)));

        StreamResult result = sync(warehouse, connector, SyncRequest.all());

        assertThat(result.counts().created()).isEqualTo(1);
        assertThat(people(warehouse)).hasSize(21);
        assertThat(result.cursorAfter())
                .isEqualTo(PeopleSource.BASE.plusSeconds(21).toString());
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void sinceStartsTheWindowWhereAskedInsteadOfTheStoredCursor(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleConnector connector = new PeopleConnector(PeopleSource.generate(20), false);
        sync(warehouse, connector, SyncRequest.all());
        connector.takeReadCount();

        StreamResult result = sync(warehouse, connector, SyncRequest.all().withSince("2024-01-01T00:00:15Z"));

        assertThat(result.mode()).isEqualTo("incremental");
        assertThat(connector.lastRequest().cursor()).isEqualTo("2024-01-01T00:00:15Z");
        assertThat(connector.takeReadCount()).isEqualTo(6);
        assertThat(result.counts().unchanged()).isEqualTo(6);
        assertThatThrownBy(() -> sync(warehouse, connector, SyncRequest.all().withSince("last tuesday")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--since 'last tuesday'");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void dryRunWritesNothing(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(12);
        source.put(13, null);

        StreamResult result = sync(
                warehouse, new PeopleConnector(source, false), SyncRequest.all().withDryRun(true));

        assertThat(result.counts().processed()).isEqualTo(13);
        assertThat(result.counts().rejected()).isEqualTo(1);
        assertThat(result.sample()).hasSize(5);
        assertThat(result.sample().get(0).values()[1]).isEqualTo("Person 1");
        assertThat(warehouse
                        .dsl()
                        .fetchCount(warehouse
                                .dsl()
                                .selectFrom("information_schema.tables")
                                .where("table_schema = 'people'")))
                .isZero();
        assertThat(warehouse.history().recent(null, 10)).isEmpty();
        assertThat(warehouse.states().load("people", "people").cursor()).isNull();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void rejectedRecordsAreCountedAndKeptWithTheirReasonAndPayload(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(25);
        source.put(26, null);
        source.put(27, "  ");

        StreamResult result = sync(warehouse, new PeopleConnector(source, false), SyncRequest.all());

        assertThat(result.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(result.counts().processed()).isEqualTo(27);
        assertThat(result.counts().created()).isEqualTo(25);
        assertThat(result.counts().rejected()).isEqualTo(2);
        List<RejectedRecord> rejects = warehouse.rejects().forRun(result.runId());
        assertThat(rejects).extracting(RejectedRecord::sourceId).containsExactly("26", "27");
        assertThat(rejects).allSatisfy(r -> {
            assertThat(r.reason()).isEqualTo("name: missing");
            assertThat(r.payload()).contains("\"updatedAt\"");
        });
        assertThat(warehouse.history().get(result.runId()).status()).isEqualTo(RunStatus.PARTIAL);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aTextValueHoldingANulIsRejectedAlikeOnEveryWarehouseAndEveryLoadPath(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(300);
        source.put(7, "Ab\0cd");
        source.put(150, "Ef\0gh");

        // Batches of 10 take the INSERT path, of 300 the bulk path (COPY, the appender).
        for (int batchSize : List.of(10, 300)) {
            StreamResult result = sync(
                    warehouse,
                    new PeopleConnector(source, false).pageSize(100),
                    SyncRequest.all().withFull(true).withBatchSize(batchSize));

            assertThat(result.status()).as("batches of %d", batchSize).isEqualTo(RunStatus.PARTIAL);
            assertThat(warehouse.rejects().forRun(result.runId()))
                    .extracting(RejectedRecord::sourceId, RejectedRecord::reason)
                    .containsExactly(
                            tuple(
                                    "7",
                                    "name: contains a NUL character (U+0000), which a warehouse cannot keep in text"),
                            tuple(
                                    "150",
                                    "name: contains a NUL character (U+0000), which a warehouse cannot keep in text"));
        }
        assertThat(people(warehouse)).hasSize(298);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aNewlyDeclaredColumnIsAddedAndOldRowsKept(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(10);
        sync(warehouse, new PeopleConnector(source, false), SyncRequest.all());
        assertThat(people(warehouse).get(0).field("team")).isNull();

        StreamResult result = sync(
                warehouse, new PeopleConnector(source, true), SyncRequest.all().withFull(true));

        assertThat(result.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(result.counts().updated()).isEqualTo(10);
        assertThat(people(warehouse)).hasSize(10);
        assertThat(people(warehouse).get(4).get("team", String.class)).isEqualTo("team-2");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void archivedRecordsAreMarkedDeletedNotRemoved(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(10);
        PeopleConnector connector = new PeopleConnector(source, false);
        sync(warehouse, connector, SyncRequest.all());
        source.archive(4);

        StreamResult result = sync(warehouse, connector, SyncRequest.all());

        assertThat(result.counts().updated()).isEqualTo(1);
        List<Record> rows = people(warehouse);
        assertThat(rows).hasSize(10);
        assertThat(rows.get(3).get("_deleted_at")).isNotNull();
        assertThat(rows.stream().filter(r -> r.get("_deleted_at") != null)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aCompleteFullSyncMarksRowsTheSourceNoLongerHas(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(30);
        PeopleConnector connector = new PeopleConnector(source, false).detectDeletions();
        sync(warehouse, connector, SyncRequest.all());
        source.remove(5);
        source.remove(22);

        StreamResult incremental = sync(warehouse, connector, SyncRequest.all());
        StreamResult limited =
                sync(warehouse, connector, SyncRequest.all().withFull(true).withLimit(10));
        assertThat(incremental.counts().deleted()).isZero();
        assertThat(limited.counts().deleted()).isZero();
        assertThat(people(warehouse).stream().filter(r -> r.get("_deleted_at") != null))
                .isEmpty();

        StreamResult full = sync(warehouse, connector, SyncRequest.all().withFull(true));

        assertThat(full.counts().deleted()).isEqualTo(2);
        assertThat(warehouse.history().get(full.runId()).counts().deleted()).isEqualTo(2);
        assertThat(people(warehouse)).hasSize(30);
        assertThat(people(warehouse).stream()
                        .filter(r -> r.get("_deleted_at") != null)
                        .map(r -> r.get("id", Long.class)))
                .containsExactly(5L, 22L);
        assertThat(sync(warehouse, connector, SyncRequest.all().withFull(true))
                        .counts()
                        .deleted())
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aFirstFullSyncResumedAfterAFailureMarksNothingDeleted(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(400);
        FaultyConnector connector = new FaultyConnector(
                        new PeopleConnector(source, false).detectDeletions().pageSize(100))
                .failAfterBatches(2);
        StreamResult failed = sync(warehouse, connector, SyncRequest.all().withBatchSize(100));
        source.remove(350);

        connector.failAfterBatches(-1);
        StreamResult resumed = sync(warehouse, connector, SyncRequest.all().withBatchSize(100));

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.counts().created()).isEqualTo(200);
        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(resumed.counts().processed()).isEqualTo(199);
        assertThat(resumed.counts().deleted()).isZero();
        assertThat(people(warehouse))
                .hasSize(399)
                .allSatisfy(r -> assertThat(r.get("_deleted_at")).isNull());
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aLaterFullSyncResumedAfterAFailureStillMarksWhatTheSourceNoLongerHas(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(400);
        FaultyConnector connector = new FaultyConnector(
                new PeopleConnector(source, false).detectDeletions().pageSize(100));
        sync(warehouse, connector, SyncRequest.all().withBatchSize(100));
        source.remove(350);
        source.remove(20);

        connector.failAfterBatches(2);
        StreamResult failed =
                sync(warehouse, connector, SyncRequest.all().withFull(true).withBatchSize(100));
        connector.failAfterBatches(-1);
        StreamResult resumed =
                sync(warehouse, connector, SyncRequest.all().withFull(true).withBatchSize(100));

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(resumed.counts().processed()).isEqualTo(198);
        assertThat(resumed.counts().deleted()).isEqualTo(2);
        assertThat(people(warehouse).stream()
                        .filter(r -> r.get("_deleted_at") != null)
                        .map(r -> r.get("id", Long.class)))
                .containsExactly(20L, 350L);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aKeyGivenTwiceInOneBatchEndsWithItsLastValue(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(3);
        PeopleConnector connector = new PeopleConnector(source, false);
        sync(warehouse, connector, SyncRequest.all());
        source.echo(2, "Second name");
        source.echo(2, "Third name");

        StreamResult result = sync(warehouse, connector, SyncRequest.all().withFull(true));

        assertThat(people(warehouse)).hasSize(3);
        assertThat(people(warehouse).get(1).get("name", String.class)).isEqualTo("Third name");
        assertThat(result.counts().processed()).isEqualTo(5);
        assertThat(result.counts().updated()).isEqualTo(2);
        assertThat(result.counts().unchanged()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aFirstLoadMeetingAKeyItAlreadyWroteFallsBackToTheUpsert(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleSource source = PeopleSource.generate(25);
        source.echo(2, "Later name");

        StreamResult result = sync(warehouse, new PeopleConnector(source, false), SyncRequest.all());

        assertThat(result.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(result.counts().created()).isEqualTo(25);
        assertThat(result.counts().updated()).isEqualTo(1);
        assertThat(people(warehouse)).hasSize(25);
        assertThat(people(warehouse).get(1).get("name", String.class)).isEqualTo("Later name");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aFailingSourceFailsTheRunWithItsErrorAndTheNextRunResumes(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleConnector people = new PeopleConnector(PeopleSource.generate(70), false).pageSize(10);
        FaultyConnector connector = new FaultyConnector(people).failAfterBatches(3);

        StreamResult failed = sync(warehouse, connector, SyncRequest.all());

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).contains("503").contains("upstream unavailable");
        assertThat(warehouse.history().get(failed.runId()).error()).contains("upstream unavailable");
        assertThat(people(warehouse)).hasSize(30);
        assertThat(warehouse.states().load("people", "people").resume().checkpoint())
                .isEqualTo("30");

        connector.failAfterBatches(-1);
        people.takeReadCount();
        StreamResult resumed = sync(warehouse, connector, SyncRequest.all());

        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(resumed.mode()).isEqualTo("full");
        assertThat(people.lastRequest().checkpoint()).isEqualTo("30");
        assertThat(people.takeReadCount()).isEqualTo(40);
        assertThat(people(warehouse)).hasSize(70);
        assertThat(warehouse.states().load("people", "people").cursor())
                .isEqualTo(PeopleSource.BASE.plusSeconds(70).toString());
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aSpentSourceQuotaEndsTheRunPartialKeepingItsBatchesAndTheNextRunResumes(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleConnector people = new PeopleConnector(PeopleSource.generate(50), false).pageSize(10);
        FaultyConnector connector = new FaultyConnector(people).failAfterBatches(2, () -> {
            throw new SourceQuotaException("the daily budget is spent until tomorrow");
        });

        StreamResult cut = sync(warehouse, connector, SyncRequest.all());

        assertThat(cut.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(cut.error()).contains("daily budget is spent");
        assertThat(warehouse.history().get(cut.runId()).status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(people(warehouse)).hasSize(20);

        connector.failAfterBatches(-1);
        StreamResult resumed = sync(warehouse, connector, SyncRequest.all());

        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(people.lastRequest().checkpoint()).isEqualTo("20");
        assertThat(people(warehouse)).hasSize(50);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void anErrorWhileReadingFailsTheRunInsteadOfHangingIt(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        FaultyConnector connector = new FaultyConnector(
                        new PeopleConnector(PeopleSource.generate(50), false).pageSize(10))
                .failAfterBatches(2, () -> {
                    throw new OutOfMemoryError("simulated");
                });

        StreamResult result = sync(warehouse, connector, SyncRequest.all());

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.error()).contains("OutOfMemoryError: simulated").contains("smaller --batch-size");
        assertThat(people(warehouse)).hasSize(20);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aCancelWhileWaitingForTheSourceStopsBeforeTheBatchItWasWaitingFor(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        SyncEngine engine = new SyncEngine(warehouse);
        CountDownLatch cancelled = new CountDownLatch(1);
        // The second page is held until the loader, its first batch committed, waits for it and the run is cancelled.
        FaultyConnector connector = new FaultyConnector(
                        new PeopleConnector(PeopleSource.generate(30), false).pageSize(10))
                .failAfterBatches(1, () -> await(cancelled));
        SyncListener cancelOnceWaiting = new SyncListener() {
            @Override
            public void batchDone(String stream, RunCounts soFar) {
                Thread loader = Thread.currentThread();
                new Thread(() -> {
                            while (loader.getState() != Thread.State.WAITING
                                    && loader.getState() != Thread.State.TIMED_WAITING) {
                                Thread.onSpinWait();
                            }
                            engine.cancel();
                            cancelled.countDown();
                        })
                        .start();
            }
        };
        Client client = connector.open(Settings.fromShortNames(connector.name(), connector.settings(), Map.of()));

        StreamResult result = engine.sync(connector, client, SyncRequest.all().withBatchSize(10), cancelOnceWaiting)
                .streams()
                .get(0);

        assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(result.counts().processed()).isEqualTo(10);
        assertThat(people(warehouse)).hasSize(10);
        assertThat(warehouse.states().load("people", "people").resume().checkpoint())
                .isEqualTo("10");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void limitStopsEachStreamAfterThatManyRecords(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleConnector connector = new PeopleConnector(PeopleSource.generate(50), false);

        StreamResult result = sync(warehouse, connector, SyncRequest.all().withLimit(12));

        assertThat(result.counts().processed()).isEqualTo(12);
        assertThat(people(warehouse)).hasSize(12);
        assertThat(warehouse.states().load("people", "people").cursor()).isNull();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aStreamAlreadyBeingSyncedIsSkippedAndTheSkipRecorded(WarehouseConfig.Kind kind) throws Exception {
        Warehouse warehouse = warehouse(kind);
        FaultyConnector slow =
                new FaultyConnector(new PeopleConnector(PeopleSource.generate(40), false).pageSize(2)).batchDelay(100);
        Thread first = new Thread(() -> sync(warehouse, slow, SyncRequest.all()));
        first.start();
        while (warehouse.history().running("people", "people").isEmpty()) {
            Thread.sleep(10);
        }

        StreamResult second = sync(warehouse, new PeopleConnector(PeopleSource.generate(40), false), SyncRequest.all());
        first.join();

        assertThat(second.status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(second.error())
                .startsWith("people.people is being synced by run ")
                .endsWith("; skipped");
        assertThat(warehouse.history().recent("people", 10))
                .extracting(SyncRun::status)
                .containsExactlyInAnyOrder(RunStatus.SUCCESS, RunStatus.SKIPPED);
        assertThat(warehouse.history().get(second.runId()).error()).isEqualTo(second.error());
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void anUnknownStreamIsNamedBeforeAnythingRuns(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        PeopleConnector connector = new PeopleConnector(PeopleSource.generate(5), false);

        assertThatThrownBy(() -> sync(warehouse, connector, SyncRequest.all().withStreams(List.of("nobody"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown stream 'nobody' of connector people; its streams: people");
        // On record as a failed discovery, and nothing else: no stream ran.
        assertThat(warehouse.history().recent(null, 5)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.stream()).isNull();
        });
    }
}
