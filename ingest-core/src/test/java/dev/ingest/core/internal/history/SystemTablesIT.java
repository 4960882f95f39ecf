package dev.ingest.core.internal.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.WarehouseFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SystemTablesIT {

    @Test
    void aHistoryFromBeforeTheOneRunningIndexWithTwoRunningRowsOfAStreamStillOpensKeepingTheLatest() {
        try (WarehouseFixture fixture = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES)) {
            Warehouse old = fixture.warehouse();
            old.dsl().execute("DROP INDEX ingest.sync_history_one_running");
            for (String id : new String[] {"older", "later"}) {
                new SyncHistory(old.dsl())
                        .start(new SyncRun(
                                id,
                                "i-" + id,
                                "people",
                                "people",
                                "full",
                                RunStatus.RUNNING,
                                Instant.parse(id.equals("older") ? "2026-01-01T00:00:00Z" : "2026-01-02T00:00:00Z"),
                                null,
                                RunCounts.ZERO,
                                null,
                                null,
                                null));
            }
            fixture.release();

            Warehouse reopened = fixture.warehouse();

            assertThat(reopened.history().get("older").status()).isEqualTo(RunStatus.FAILED);
            assertThat(reopened.history().get("later").status()).isEqualTo(RunStatus.RUNNING);
            assertThat(reopened.dsl().fetchValue("SELECT to_regclass('ingest.sync_history_one_running')"))
                    .isNotNull();
        }
    }
}
