package dev.ingest.core.internal.warehouse;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;

/** What the warehouse tests do to a table and read back from it, each in a transaction of its own. */
final class TestWrites {

    private TestWrites() {}

    static UpsertCounts upsert(
            Warehouse warehouse, TableRef table, List<StagedRow> rows, String runId, boolean recordSeen) {
        return warehouse.inTransaction(tx -> warehouse.upsert(tx, table, rows, Instant.now(), runId, recordSeen));
    }

    /** The second column of {@code sql}'s rows by the first, each row's id. */
    static <V> Map<Long, V> byId(Warehouse warehouse, String sql, Class<V> type) {
        Map<Long, V> values = new HashMap<>();
        for (Record row : warehouse.dsl().fetch(sql)) {
            values.put(row.get(0, Long.class), row.get(1, type));
        }
        return values;
    }
}
