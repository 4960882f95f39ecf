package dev.ingest.core.history;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep9;
import org.jooq.Record;

import java.time.Instant;
import java.util.List;

import static dev.ingest.core.history.SystemTables.*;

/** {@code ingest.rejects}: every record a run set aside, with its reason and its payload. */
public final class RejectStore {

    private final DSLContext ctx;

    public RejectStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Adds rejects in the caller's transaction.
     *
     * @param firstSeq the run's number for the first of them; numbers go on from there
     */
    public void add(String runId, String connector, String stream, long firstSeq,
                           List<RejectedRecord> rejects, Instant now) {
        if (rejects.isEmpty()) {
            return;
        }
        InsertValuesStep9<?, String, Long, String, String, String, String, String, String, Instant> insert =
                ctx.insertInto(REJECTS, R_RUN, R_SEQ, R_CONNECTOR, R_STREAM, R_SOURCE_ID, R_LOCATION, R_REASON, R_PAYLOAD, R_AT);
        long seq = firstSeq;
        for (RejectedRecord reject : rejects) {
            insert = insert.values(runId, seq++, connector, stream, reject.sourceId(), reject.location(), reject.reason(), reject.payload(), now);
        }
        insert.execute();
    }

    public List<RejectedRecord> forRun(String runId) {
        return ctx.select(REJECT_FIELDS).from(REJECTS).where(R_RUN.eq(runId)).orderBy(R_SEQ)
                .fetch((Record r) -> new RejectedRecord(r.get(R_SOURCE_ID), r.get(R_LOCATION), r.get(R_REASON), r.get(R_PAYLOAD)));
    }
}
