package dev.ingest.core.internal.warehouse;

import static dev.ingest.core.testing.RunIds.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.testing.WarehouseFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A reader compares its source with the live rows of its table: keys in a range of a column, and a row's record. */
class StoredRowsIT {

    private static final Stream TASKS = new Stream(
            "tasks",
            "tasks",
            List.of("id"),
            List.of(new Column("id", ColumnType.INTEGER), new Column("starts", ColumnType.TIMESTAMP)),
            null,
            record -> new Row(new Object[0], null));

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void answersTheLiveKeysInARangeAndTheirRecordsButNothingBeforeTheTableExists(WarehouseConfig.Kind kind) {
        try (WarehouseFixture fixture = WarehouseFixture.create(kind)) {
            Warehouse warehouse = fixture.warehouse();
            StoredRows stored = warehouse.storedRows("stored_test", TASKS);
            assertThat(stored.keys("starts", Instant.EPOCH, Instant.MAX)).isEmpty();
            assertThat(stored.raw(1L)).isEmpty();

            TableRef table = warehouse.prepare("stored_test", TASKS);
            Instant june = Instant.parse("2024-06-01T00:00:00Z");
            List<StagedRow> rows = List.of(
                    row(1, june, null),
                    row(2, june.plusSeconds(86_400), null),
                    row(3, june.plusSeconds(86_400), june),
                    row(4, june.plusSeconds(10 * 86_400), null));
            warehouse.inTransaction(tx -> warehouse.upsert(tx, table, rows, Instant.now(), run(1), false));

            // Inclusive at both ends; the row marked deleted is not live.
            assertThat(stored.keys("starts", june, june.plusSeconds(86_400))).containsExactlyInAnyOrder(1L, 2L);
            assertThat(stored.keys("id", 4L, 4L)).containsExactly(4L);
            assertThat(stored.raw(2L)).contains("{\"id\":2}");
            assertThat(stored.raw(3L)).isEmpty();
        }
    }

    private static StagedRow row(long id, Instant starts, Instant deletedAt) {
        return new StagedRow(new Object[] {id, starts}, "{\"id\":" + id + "}", deletedAt);
    }
}
