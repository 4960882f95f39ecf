package dev.ingest.core.internal.warehouse;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Upserts go through a staging table the session keeps: each batch must find it empty and shaped like its table. */
class StagedUpsertIT {

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void eachBatchStagesOnlyItsOwnRowsEvenAfterTheTableGainsAColumn(WarehouseConfig.Kind kind) {
        try (WarehouseFixture fixture = WarehouseFixture.create(kind)) {
            Warehouse warehouse = fixture.warehouse();
            Column id = new Column("id", ColumnType.INTEGER);
            Column name = new Column("name", ColumnType.TEXT);
            TableRef table = warehouse.prepare("stage_test", stream(List.of(id, name)));

            for (int batch = 0; batch < 3; batch++) {
                List<StagedRow> rows = rows(batch * 100, 100, 2);
                UpsertCounts counts =
                        warehouse.inTransaction(tx -> warehouse.upsert(tx, table, rows, Instant.now(), run(1), true));
                assertThat(counts).isEqualTo(new UpsertCounts(100, 0, 0));
            }
            // Rows left over from an earlier batch would be staged again and their keys seen twice.
            assertThat(count(warehouse, "SELECT count(*) FROM stage_test._seen_items"))
                    .isEqualTo(300);

            TableRef wider =
                    warehouse.prepare("stage_test", stream(List.of(id, name, new Column("score", ColumnType.INTEGER))));
            UpsertCounts changed = warehouse.inTransaction(
                    tx -> warehouse.upsert(tx, wider, rows(0, 50, 3), Instant.now(), run(1), false));

            assertThat(changed).isEqualTo(new UpsertCounts(0, 50, 0));
            assertThat(count(warehouse, "SELECT count(*) FROM stage_test.items WHERE score = 7"))
                    .isEqualTo(50);
        }
    }

    private static Stream stream(List<Column> columns) {
        return new Stream("items", "items", List.of("id"), columns, null, record -> new Row(new Object[0], null), true);
    }

    private static List<StagedRow> rows(long first, int count, int width) {
        List<StagedRow> rows = new ArrayList<>();
        for (long id = first; id < first + count; id++) {
            Object[] values = width == 2 ? new Object[] {id, "item " + id} : new Object[] {id, "item " + id, 7L};
            rows.add(new StagedRow(values, "{\"id\":" + id + "}", null));
        }
        return rows;
    }

    private static long count(Warehouse warehouse, String sql) {
        return ((Number) warehouse.dsl().fetchValue(sql)).longValue();
    }
}
