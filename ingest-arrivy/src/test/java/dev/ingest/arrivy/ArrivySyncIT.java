package dev.ingest.arrivy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.WarehouseFixture;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Arrivy synced end to end from its fake into each warehouse: full, incremental, deletions, a resumed run. */
class ArrivySyncIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeArrivy fake = new FakeArrivy();
    private final ArrivyConnector connector = SeededAccount.connector();
    private WarehouseFixture fixture;

    @BeforeEach
    void seed() {
        SeededAccount.seed(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
        if (fixture != null) {
            fixture.close();
        }
    }

    private Map<String, StreamResult> sync(SyncRequest request) {
        return fixture.sync(connector, SeededAccount.settings(connector, fake, Map.of()), request);
    }

    private List<Record> rows(String sql) {
        return fixture.rows(sql);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aFullSyncLoadsEveryRecordTheAccountHoldsWithTimesInUtcAndTheirOffsets(WarehouseConfig.Kind kind)
            throws Exception {
        fixture = WarehouseFixture.create(kind);
        fake.throttleOnce("/entities");

        Map<String, StreamResult> first = sync(SyncRequest.all());

        first.values()
                .forEach(r ->
                        assertThat(r.status()).as(r.stream() + ": " + r.error()).isEqualTo(RunStatus.SUCCESS));
        assertThat(first.get("tasks").counts().created()).isEqualTo(14);
        assertThat(first.get("task_statuses").counts().created()).isEqualTo(17);
        assertThat(first.get("entities").counts().created()).isEqualTo(3);
        assertThat(first.get("customers").counts().created()).isEqualTo(2);
        assertThat(first.get("groups").counts().created()).isEqualTo(2);
        assertThat(first.get("resources").counts().created()).isEqualTo(2);
        // The 429 was waited out and the list asked for again.
        assertThat(fake.requests("/entities")).isEqualTo(2);

        Record task5 = rows("SELECT * FROM arrivy.tasks WHERE id = 5").get(0);
        assertThat(task5.get("start_datetime", OffsetDateTime.class).toInstant())
                .isEqualTo(SeededAccount.start(5).toInstant());
        assertThat(task5.get("start_offset", String.class)).isEqualTo("-08:00");
        assertThat(task5.get("end_datetime", OffsetDateTime.class).toInstant())
                .isEqualTo(SeededAccount.start(5).plusHours(1).toInstant());
        assertThat(task5.get("listing", String.class)).isEqualTo("scheduled");
        // Given as "5348024557502464, 105": stored as an array of ids.
        assertThat(JSON.readTree(task5.get("entity_ids", String.class)))
                .isEqualTo(JSON.readTree("[5348024557502464, 105]"));
        assertThat(JSON.readTree(task5.get("extra_fields", String.class)))
                .isEqualTo(JSON.readTree("{\"hourly_rate\": 40}"));
        assertThat(rows("SELECT start_offset FROM arrivy.tasks WHERE id = 6")
                        .get(0)
                        .get(0, String.class))
                .isEqualTo("+01:00");
        assertThat(rows("SELECT id, listing FROM arrivy.tasks WHERE id IN (20, 21) ORDER BY id").stream()
                        .map(r -> r.get(1, String.class)))
                .containsExactly("unscheduled", "undated");
        assertThat(JSON.readTree(rows("SELECT entity_ids FROM arrivy.tasks WHERE id = 20")
                        .get(0)
                        .get(0, String.class)))
                .isEqualTo(JSON.readTree("[5348024557502464]"));
        // Task 6 has 12 events, more than show_details embeds: the one task read through a call of its own.
        assertThat(fake.requestsMatching("/tasks/\\d+/status")).isEqualTo(1);
        assertThat(fake.requests("/tasks/6/status")).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM arrivy.task_statuses WHERE task_id = 6")
                        .get(0)
                        .get(0, Long.class))
                .isEqualTo(12L);
        assertThat(rows("SELECT is_disabled FROM arrivy.entities WHERE id = 3")
                        .get(0)
                        .get(0, Boolean.class))
                .isTrue();
        // The offset's + went out as %2B, which the fake (as Arrivy) needs.
        assertThat(fake.urls().stream().filter(url -> url.contains("from=")))
                .isNotEmpty()
                .allMatch(url -> url.contains("from=2") && url.contains("%2B00%3A00"));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void anIncrementalRunRereadsTheWindowAndRechecksTasksGoneFromItById(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        sync(SyncRequest.all());
        fake.retitle(8, "Task 8, renamed");
        fake.reschedule(7, SeededAccount.start(7).plusDays(200));
        fake.deleteTask(9);
        fake.deleteTask(3);
        long added = fake.addStatuses(5, 1, SeededAccount.NOW.minus(Duration.ofDays(1)));
        fake.deleteRecord("/entities", 2);
        fake.forgetRequests();

        Map<String, StreamResult> second = sync(SyncRequest.all());

        StreamResult tasks = second.get("tasks");
        assertThat(tasks.status()).as(tasks.error()).isEqualTo(RunStatus.SUCCESS);
        assertThat(tasks.mode()).isEqualTo("incremental");
        // Listed: 5, 6, 8, 10, 11, 12, the unscheduled and the undated one; asked for by id: 7 (moved) and 9 (404).
        assertThat(tasks.counts().processed()).isEqualTo(10);
        assertThat(tasks.counts().updated()).isEqualTo(3);
        assertThat(tasks.counts().unchanged()).isEqualTo(7);
        assertThat(fake.requests("/tasks/7")).isEqualTo(1);
        assertThat(fake.requests("/tasks/9")).isEqualTo(1);
        assertThat(fake.requestsMatching("/tasks/\\d+")).isEqualTo(2);
        assertThat(rows("SELECT title FROM arrivy.tasks WHERE id = 8").get(0).get(0, String.class))
                .isEqualTo("Task 8, renamed");
        assertThat(rows("SELECT start_datetime FROM arrivy.tasks WHERE id = 7")
                        .get(0)
                        .get(0, OffsetDateTime.class)
                        .toInstant())
                .isEqualTo(SeededAccount.start(7).plusDays(200).toInstant());
        assertThat(rows("SELECT id FROM arrivy.tasks WHERE _deleted_at IS NOT NULL").stream()
                        .map(r -> r.get(0, Long.class)))
                .containsExactly(9L);
        // The task was kept as last seen, only marked.
        assertThat(rows("SELECT title FROM arrivy.tasks WHERE id = 9").get(0).get(0, String.class))
                .isEqualTo("Task 9");

        StreamResult statuses = second.get("task_statuses");
        assertThat(statuses.mode()).isEqualTo("incremental");
        assertThat(statuses.counts().created()).isEqualTo(1);
        assertThat(rows("SELECT task_id FROM arrivy.task_statuses WHERE id = " + added)
                        .get(0)
                        .get(0, Long.class))
                .isEqualTo(5L);
        assertThat(second.get("entities").counts().deleted()).isEqualTo(1);

        // Task 3 was deleted out of the window: only a full sync, which re-checks every stored task, sees it.
        StreamResult full = sync(SyncRequest.all().withFull(true).withStreams(List.of("tasks")))
                .get("tasks");
        assertThat(full.status()).as(full.error()).isEqualTo(RunStatus.SUCCESS);
        assertThat(rows("SELECT id FROM arrivy.tasks WHERE _deleted_at IS NOT NULL ORDER BY id").stream()
                        .map(r -> r.get(0, Long.class)))
                .containsExactly(3L, 9L);
        assertThat(rows("SELECT id FROM arrivy.tasks WHERE _deleted_at IS NULL"))
                .hasSize(12);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aRunThatFailsMidRangeResumesAtItsLastCommittedSlice(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        SyncRequest tasksOnly = SyncRequest.all().withStreams(List.of("tasks")).withBatchSize(1);
        // The first four 30-day slices from 2023-01-01 answer (tasks 1 and 2 among them), then Arrivy fails.
        fake.breakAfter("/tasks", 4);

        StreamResult failed = sync(tasksOnly).get("tasks");

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).contains("SERVICE_UNAVAILABLE: Try again later");
        assertThat(rows("SELECT id FROM arrivy.tasks ORDER BY id").stream().map(r -> r.get(0, Long.class)))
                .containsExactly(1L, 2L);

        fake.repair();
        fake.forgetRequests();
        StreamResult resumed = sync(tasksOnly).get("tasks");

        assertThat(resumed.status()).as(resumed.error()).isEqualTo(RunStatus.SUCCESS);
        // It loaded from the slice it had not committed: tasks 1 and 2 are not read into the table again.
        assertThat(resumed.counts().processed()).isEqualTo(12);
        assertThat(resumed.counts().created()).isEqualTo(12);
        // Before its re-check it listed the range once more, ids only, to know tasks 1 and 2 are still there, rather
        // than ask for each by id.
        assertThat(fake.urls().stream().filter(url -> url.contains("from=2023-01-01")))
                .hasSize(1);
        assertThat(fake.requestsMatching("/tasks/\\d+")).isZero();
        assertThat(rows("SELECT id FROM arrivy.tasks")).hasSize(14);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aServerThatIgnoresThePageNumberStopsTheStreamWithAReason(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        for (long id = 10; id < 160; id++) {
            fake.addRecord("/customers", id, FakeArrivyRecords.customer("Many" + id));
        }
        fake.ignorePageNumbers();

        StreamResult customers =
                sync(SyncRequest.all().withStreams(List.of("customers"))).get("customers");

        assertThat(customers.status()).isEqualTo(RunStatus.FAILED);
        assertThat(customers.error()).contains("page 2 of /customers repeats page 1");
        assertThat(fake.requests("/customers")).isEqualTo(2);
    }
}
