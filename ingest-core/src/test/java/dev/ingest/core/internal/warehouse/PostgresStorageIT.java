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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How batches land in PostgreSQL: in tables that leave room for changed rows, by commits that do not wait for the disk. */
class PostgresStorageIT {

    private static final List<Column> COLUMNS =
            List.of(new Column("id", ColumnType.INTEGER), new Column("status", ColumnType.TEXT));

    private WarehouseFixture fixture;
    private Warehouse warehouse;

    @BeforeEach
    void open() {
        fixture = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES);
        warehouse = fixture.warehouse();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void changedRowsOfAFullTableAreUpdatedWithoutNewKeyIndexEntries() {
        Stream stream =
                new Stream("leads", "leads", List.of("id"), COLUMNS, null, record -> new Row(new Object[0], null));
        TableRef table = warehouse.prepare("hot_test", stream);
        warehouse.inTransaction(tx -> warehouse.insertNew(tx, table, rows(2_000, "new"), Instant.now(), run(1), false));

        // Every 40th row changes: two or three of a page's rows, whose new versions fit in the 5% its fillfactor keeps
        // free.
        List<StagedRow> changed = rows(2_000, "contacted").stream()
                .filter(r -> (long) r.values()[0] % 40 == 0)
                .toList();
        long[] updatedAndHot = warehouse.inTransaction(tx -> {
            UpsertCounts counts = warehouse.upsert(tx, table, changed, Instant.now(), run(2), false);
            // The transaction's own statistics, which are exact, unlike the server's delayed totals.
            long hot = tx.fetchOne(
                            "SELECT n_tup_hot_upd FROM pg_stat_xact_user_tables WHERE schemaname = 'hot_test' AND relname = 'leads'")
                    .get(0, Long.class);
            return new long[] {counts.updated(), hot};
        });

        assertThat(updatedAndHot[0]).isEqualTo(50);
        assertThat(updatedAndHot[1]).isEqualTo(50);
    }

    @Test
    void onlyBatchTransactionsCommitWithoutWaitingForTheLog() {
        String inBatch = warehouse.inBatchTransaction(tx -> String.valueOf(tx.fetchValue("SHOW synchronous_commit")));
        String plain = warehouse.inTransaction(tx -> String.valueOf(tx.fetchValue("SHOW synchronous_commit")));
        String afterBatch =
                warehouse.inBatchTransaction(tx -> "done") + warehouse.dsl().fetchValue("SHOW synchronous_commit");

        assertThat(inBatch).isEqualTo("off");
        assertThat(plain).isEqualTo("on");
        assertThat(afterBatch).isEqualTo("doneon");
    }

    private static List<StagedRow> rows(int count, String status) {
        List<StagedRow> rows = new ArrayList<>();
        for (long id = 0; id < count; id++) {
            rows.add(new StagedRow(new Object[] {id, status}, "{\"id\":" + id + "}", null));
        }
        return rows;
    }
}
