package dev.ingest.core.internal.engine;

import dev.ingest.core.RejectedRecord;
import dev.ingest.core.internal.warehouse.StagedRow;
import java.util.List;

/**
 * A batch after transform and validate: rows to load, records set aside, and where the reader stood.
 *
 * @param maxCursor the highest cursor value among {@code rows}, or {@code null}
 */
record ProcessedBatch(
        List<StagedRow> rows, List<RejectedRecord> rejects, String checkpoint, Comparable<Object> maxCursor) {

    int size() {
        return rows.size() + rejects.size();
    }
}
