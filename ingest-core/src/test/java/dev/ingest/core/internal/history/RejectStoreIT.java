package dev.ingest.core.internal.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RejectedRecord;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.WarehouseFixture;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RejectStoreIT {

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void keepsEveryRejectOfABatchLargerThanOneStatementInOrder(WarehouseConfig.Kind kind) {
        try (WarehouseFixture fixture = WarehouseFixture.create(kind)) {
            Warehouse warehouse = fixture.warehouse();
            List<RejectedRecord> first = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                // Quotes, delimiters, line breaks, backslashes and COPY's NULL marker are text; an empty value is not
                // NULL.
                first.add(new RejectedRecord(
                        i % 3 == 0 ? null : "id-" + i,
                        i % 5 == 0 ? "" : "line " + (i + 2),
                        "email: 'x" + i + "' is not an email address",
                        "x" + i + ",\"Zoë, \"\"Z\"\"\"\n2nd line\r\n\\N \\. \\"));
            }
            List<RejectedRecord> second = List.of(new RejectedRecord("id-last", null, "late", null));
            Instant now = Instant.parse("2026-12-01T10:15:30.123456Z");
            warehouse.inTransaction(tx -> {
                warehouse.rejects(tx).add("run-1", "csv", "contacts", 0, first, now);
                warehouse.rejects(tx).add("run-1", "csv", "contacts", first.size(), second, now);
                warehouse.rejects(tx).add("run-1", "csv", "contacts", first.size() + 1, List.of(), now);
                return null;
            });

            List<RejectedRecord> expected = new ArrayList<>(first);
            expected.addAll(second);
            assertThat(warehouse.rejects().forRun("run-1")).containsExactlyElementsOf(expected);
            assertThat(warehouse.dsl().fetchValue("SELECT count(DISTINCT rejected_at) FROM ingest.rejects", Long.class))
                    .isEqualTo(1L);
            assertThat(((OffsetDateTime) warehouse.dsl().fetchValue("SELECT min(rejected_at) FROM ingest.rejects"))
                            .toInstant())
                    .isEqualTo(now);
        }
    }
}
