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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code _run_id} is a {@code uuid} in new tables and stays text in tables an older version made; every write path
 * (bulk and small inserts, merges of new and changed rows, deletion marks) fills either with the run's id.
 */
class RunIdColumnIT {

    private static final List<Column> COLUMNS =
            List.of(new Column("id", ColumnType.INTEGER), new Column("status", ColumnType.TEXT));

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aNewTableKeepsTheRunIdAsAUuidWrittenByEveryPath(WarehouseConfig.Kind kind) {
        on(kind, warehouse -> {
            TableRef table = warehouse.prepare("run_id_test", stream());

            assertThat(runIdType(table)).isEqualTo("uuid");
            assertThat(writeOnEveryPath(warehouse, table)).isEqualTo(runIds(warehouse));
        });
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aTableOfAnOlderVersionKeepsItsTextRunIdWrittenByEveryPath(WarehouseConfig.Kind kind) {
        on(kind, warehouse -> {
            // As the versions before uuid run ids created it (text in PostgreSQL, VARCHAR in DuckDB).
            warehouse.dsl().execute("CREATE SCHEMA run_id_test");
            warehouse
                    .dsl()
                    .execute("CREATE TABLE run_id_test.items (id BIGINT, status TEXT, _raw TEXT,"
                            + " _synced_at TIMESTAMPTZ, _run_id TEXT, _deleted_at TIMESTAMPTZ, _hash BIGINT,"
                            + " PRIMARY KEY (id))");
            TableRef table = warehouse.prepare("run_id_test", stream());
            String textType = runIdType(table);

            assertThat(textType).isIn("text", "varchar");
            assertThat(writeOnEveryPath(warehouse, table)).isEqualTo(runIds(warehouse));
            assertThat(runIdType(warehouse.prepare("run_id_test", stream()))).isEqualTo(textType);
        });
    }

    /**
     * Writes rows by each path, each path as a run of its own, and returns the run id each row should then carry: rows
     * 0-199 by a bulk insert (COPY, the appender), 200-209 by a small one, a merge that creates 300-304 and changes
     * 0-4, a merge of a whole batch that creates 305 and changes 5, and the mark of 199 as deleted.
     */
    private static Map<Long, String> writeOnEveryPath(Warehouse warehouse, TableRef table) {
        Map<Long, String> expected = new HashMap<>();
        insertNew(warehouse, table, rows(0, 200, "new"), run(1));
        insertNew(warehouse, table, rows(200, 210, "new"), run(2));
        LongStream.range(0, 210).forEach(id -> expected.put(id, id < 200 ? run(1) : run(2)));

        List<StagedRow> merged = new ArrayList<>(rows(0, 5, "changed"));
        merged.addAll(rows(5, 150, "new"));
        merged.addAll(rows(300, 305, "new"));
        assertThat(upsert(warehouse, table, merged, run(3), false)).isEqualTo(new UpsertCounts(5, 5, 145));
        LongStream.range(0, 5).forEach(id -> expected.put(id, run(3)));
        LongStream.range(300, 305).forEach(id -> expected.put(id, run(3)));

        List<StagedRow> whole = new ArrayList<>(rows(5, 6, "changed"));
        whole.addAll(rows(305, 306, "new"));
        UpsertCounts mergedWhole =
                warehouse.inTransaction(tx -> warehouse.upsert(tx, table, whole, Instant.now(), run(4), false, true));
        assertThat(mergedWhole).isEqualTo(new UpsertCounts(1, 1, 0));
        expected.put(5L, run(4));
        expected.put(305L, run(4));

        warehouse.inTransaction(tx -> {
            warehouse.forgetSeen(tx, table);
            return null;
        });
        List<StagedRow> seen = new ArrayList<>(rows(0, 199, "unseen"));
        seen.addAll(rows(200, 210, "unseen"));
        seen.addAll(rows(300, 306, "unseen"));
        upsert(warehouse, table, seen, run(5), true);
        expected.replaceAll((id, runId) -> run(5));
        long marked = warehouse.inTransaction(tx -> warehouse.markUnseenDeleted(tx, table, Instant.now(), run(6)));
        assertThat(marked).isEqualTo(1);
        expected.put(199L, run(6));
        return expected;
    }

    private static void on(WarehouseConfig.Kind kind, Consumer<Warehouse> test) {
        try (WarehouseFixture fixture = WarehouseFixture.create(kind)) {
            test.accept(fixture.warehouse());
        }
    }

    private static Stream stream() {
        return new Stream("items", "items", List.of("id"), COLUMNS, null, record -> new Row(new Object[0], null), true);
    }

    private static String runIdType(TableRef table) {
        return table.physicalColumns().stream()
                .filter(column -> column.name().equals("_run_id"))
                .findFirst()
                .orElseThrow()
                .type();
    }

    /** Rows {@code from} to {@code to - 1}, each of the given status. */
    private static List<StagedRow> rows(long from, long to, String status) {
        return LongStream.range(from, to)
                .mapToObj(id -> new StagedRow(new Object[] {id, status}, null, null))
                .toList();
    }

    private static void insertNew(Warehouse warehouse, TableRef table, List<StagedRow> rows, String runId) {
        warehouse.inTransaction(tx -> warehouse.insertNew(tx, table, rows, Instant.now(), runId, false));
    }

    /** Each row's {@code _run_id} as a string, read the way an application would. */
    private static Map<Long, String> runIds(Warehouse warehouse) {
        return byId(warehouse, "SELECT id, _run_id FROM run_id_test.items", String.class);
    }
}
