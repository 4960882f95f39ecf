package dev.ingest.core.history;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
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
     * Adds rejects in the caller's transaction, as one JDBC batch of a statement rendered once: a statement
     * built of many rows' values costs jOOQ more to render, and the JIT more to compile, than the insert itself.
     *
     * @param firstSeq the run's number for the first of them; numbers go on from there
     */
    public void add(String runId, String connector, String stream, long firstSeq,
                           List<RejectedRecord> rejects, Instant now) {
        if (rejects.isEmpty()) {
            return;
        }
        String sql = ctx.render(ctx.insertInto(REJECTS, R_RUN, R_SEQ, R_CONNECTOR, R_STREAM, R_SOURCE_ID, R_LOCATION, R_REASON, R_PAYLOAD, R_AT)
                .values(runId, firstSeq, connector, stream, null, null, null, null, now));
        Timestamp at = Timestamp.from(now);
        ctx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                long seq = firstSeq;
                for (RejectedRecord reject : rejects) {
                    insert.setString(1, runId);
                    insert.setLong(2, seq++);
                    insert.setString(3, connector);
                    insert.setString(4, stream);
                    insert.setString(5, reject.sourceId());
                    insert.setString(6, reject.location());
                    insert.setString(7, reject.reason());
                    insert.setString(8, reject.payload());
                    insert.setTimestamp(9, at);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public List<RejectedRecord> forRun(String runId) {
        return ctx.select(REJECT_FIELDS).from(REJECTS).where(R_RUN.eq(runId)).orderBy(R_SEQ)
                .fetch((Record r) -> new RejectedRecord(r.get(R_SOURCE_ID), r.get(R_LOCATION), r.get(R_REASON), r.get(R_PAYLOAD)));
    }
}
