package dev.ingest.core.internal.warehouse;

import static dev.ingest.core.internal.warehouse.TestWrites.byId;
import static dev.ingest.core.internal.warehouse.TestWrites.upsert;
import static dev.ingest.core.testing.RunIds.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.testing.WarehouseFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Merges tell unchanged rows by their {@code _hash} and leave them as they are, on disk and in the counts. */
class ChangeDetectionIT {

    private static final List<Column> COLUMNS =
            List.of(new Column("id", ColumnType.INTEGER), new Column("status", ColumnType.TEXT));
    private static final int ROWS = 1_000;

    @Test
    void aMergeRewritesOnlyTheRowsThatChangedEvenWhileItRecordsSeenKeys() {
        on(WarehouseConfig.Kind.POSTGRES, warehouse -> {
            TableRef table = loaded(warehouse);
            Map<Long, Long> before = xmins(warehouse);

            UpsertCounts counts = upsert(warehouse, table, rows(ROWS, 10), run(2), true);

            assertThat(counts).isEqualTo(new UpsertCounts(0, 10, ROWS - 10));
            Map<Long, Long> after = xmins(warehouse);
            for (long id = 0; id < ROWS; id++) {
                if (id % 100 == 0) {
                    assertThat(after.get(id)).as("xmin of changed row %d", id).isNotEqualTo(before.get(id));
                } else {
                    assertThat(after.get(id)).as("xmin of unchanged row %d", id).isEqualTo(before.get(id));
                }
            }
            // Not even locked: a lock leaves the locker's id in xmax, as ON CONFLICT DO UPDATE ... WHERE does.
            assertThat(count(
                            warehouse,
                            "SELECT count(*) FROM hash_test.items WHERE xmax::text <> '0' AND id % 100 <> 0"))
                    .isZero();
            assertThat(count(warehouse, "SELECT count(*) FROM hash_test._seen_items"))
                    .isEqualTo(ROWS);
        });
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void countsAreExactAndOnlyChangedRowsTakeTheRunsStamp(WarehouseConfig.Kind kind) {
        on(kind, warehouse -> {
            TableRef table = loaded(warehouse);

            // A batch under the bulk threshold and one over it, each with new, changed and unchanged rows; row 0
            // changes
            // in the first.
            List<StagedRow> small = new ArrayList<>(rows(50, 10));
            small.add(row(ROWS + 1, "new"));
            List<StagedRow> large = new ArrayList<>(rows(ROWS, 10));
            large.add(row(ROWS + 2, "new"));

            assertThat(upsert(warehouse, table, small, run(2), false)).isEqualTo(new UpsertCounts(1, 1, 49));
            assertThat(upsert(warehouse, table, large, run(3), false)).isEqualTo(new UpsertCounts(1, 9, ROWS - 9));
            assertThat(upsert(warehouse, table, large, run(4), false)).isEqualTo(new UpsertCounts(0, 0, ROWS + 1));

            assertThat(count(warehouse, "SELECT count(*) FROM hash_test.items WHERE _run_id = '" + run(1) + "'"))
                    .isEqualTo(ROWS - 10);
            assertThat(count(warehouse, "SELECT count(*) FROM hash_test.items WHERE _run_id = '" + run(3) + "'"))
                    .isEqualTo(10);
        });
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void rowsMergedWholeWithoutALookUpFirstAreCountedAlikeAndTheirKeysSeen(WarehouseConfig.Kind kind) {
        on(kind, warehouse -> {
            TableRef table = loaded(warehouse);
            List<StagedRow> batch = new ArrayList<>(rows(ROWS, 10));
            batch.add(row(ROWS, "new"));

            UpsertCounts counts = warehouse.inTransaction(
                    tx -> warehouse.upsert(tx, table, batch, Instant.now(), run(2), true, true));

            assertThat(counts).isEqualTo(new UpsertCounts(1, 10, ROWS - 10));
            assertThat(count(warehouse, "SELECT count(*) FROM hash_test.items WHERE _run_id = '" + run(1) + "'"))
                    .isEqualTo(ROWS - 10);
            assertThat(count(warehouse, "SELECT count(*) FROM hash_test._seen_items"))
                    .isEqualTo(ROWS + 1);
        });
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aTableOfAnOlderVersionGainsTheHashAndCountsEachRowChangedOnce(WarehouseConfig.Kind kind) {
        on(kind, warehouse -> {
            // As versions before _hash created and filled it.
            warehouse.dsl().execute("CREATE SCHEMA hash_test");
            warehouse
                    .dsl()
                    .execute("CREATE TABLE hash_test.items (id BIGINT, status VARCHAR, _raw VARCHAR,"
                            + " _synced_at TIMESTAMPTZ, _run_id VARCHAR, _deleted_at TIMESTAMPTZ, PRIMARY KEY (id))");
            warehouse
                    .dsl()
                    .execute("INSERT INTO hash_test.items (id, status, _raw, _run_id) VALUES"
                            + " (1, 'new', '{\"id\":1}', 'old'), (2, 'new', '{\"id\":2}', 'old')");

            TableRef table = warehouse.prepare("hash_test", stream());
            List<StagedRow> same = List.of(row(1, "new"), row(2, "new"));

            assertThat(upsert(warehouse, table, same, run(1), false)).isEqualTo(new UpsertCounts(0, 2, 0));
            assertThat(upsert(warehouse, table, same, run(2), false)).isEqualTo(new UpsertCounts(0, 0, 2));
            assertThat(count(warehouse, "SELECT count(*) FROM hash_test.items WHERE _hash IS NOT NULL"))
                    .isEqualTo(2);
        });
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aRowMarkedDeletedIsUndeletedWhenItsSourceGivesItAgainUnchanged(WarehouseConfig.Kind kind) {
        on(kind, warehouse -> {
            TableRef table = loaded(warehouse);

            // A full sync that sees every row but the first: that one is marked deleted.
            warehouse.inTransaction(tx -> {
                warehouse.forgetSeen(tx, table);
                return null;
            });
            upsert(warehouse, table, rows(ROWS, 0).subList(1, ROWS), run(2), true);
            long marked = warehouse.inTransaction(tx -> warehouse.markUnseenDeleted(tx, table, Instant.now(), run(2)));
            assertThat(marked).isEqualTo(1);
            assertThat(count(warehouse, "SELECT count(*) FROM hash_test._seen_items"))
                    .isZero();

            assertThat(upsert(warehouse, table, rows(1, 0), run(3), false)).isEqualTo(new UpsertCounts(0, 1, 0));
            assertThat(count(warehouse, "SELECT count(*) FROM hash_test.items WHERE _deleted_at IS NOT NULL"))
                    .isZero();
        });
    }

    private static void on(WarehouseConfig.Kind kind, Consumer<Warehouse> test) {
        try (WarehouseFixture fixture = WarehouseFixture.create(kind)) {
            test.accept(fixture.warehouse());
        }
    }

    /** The test's table, holding rows 0 to {@code ROWS - 1} as run 1 wrote them. */
    private static TableRef loaded(Warehouse warehouse) {
        TableRef table = warehouse.prepare("hash_test", stream());
        upsert(warehouse, table, rows(ROWS, 0), run(1), false);
        return table;
    }

    private static Stream stream() {
        return new Stream("items", "items", List.of("id"), COLUMNS, null, record -> new Row(new Object[0], null), true);
    }

    /** Rows 0 to {@code count - 1}; every 100th of the first {@code changed} hundreds has changed its status. */
    private static List<StagedRow> rows(int count, int changed) {
        List<StagedRow> rows = new ArrayList<>();
        for (long id = 0; id < count; id++) {
            rows.add(row(id, id % 100 == 0 && id / 100 < changed ? "contacted" : "new"));
        }
        return rows;
    }

    private static StagedRow row(long id, String status) {
        return new StagedRow(new Object[] {id, status}, "{\"id\":" + id + "}", null);
    }

    /** Each row's xmin: the transaction that last wrote it, which a lock or an update in place changes too. */
    private static Map<Long, Long> xmins(Warehouse warehouse) {
        return byId(warehouse, "SELECT id, xmin::text::bigint FROM hash_test.items", Long.class);
    }

    private static long count(Warehouse warehouse, String sql) {
        return ((Number) warehouse.dsl().fetchValue(sql)).longValue();
    }
}
