package dev.ingest.core.internal.history;

import static dev.ingest.core.internal.history.SystemTables.*;

import dev.ingest.core.StreamState;
import java.time.Instant;
import java.util.Collection;
import org.jooq.DSLContext;
import org.jooq.Record;

/** {@code ingest.sync_state}: each stream's cursor and where an unfinished run stopped. */
public final class SyncStateStore {

    private final DSLContext ctx;

    public SyncStateStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public StreamState load(String connector, String stream) {
        Record r = ctx.select(STATE_FIELDS)
                .from(STATE)
                .where(S_CONNECTOR.eq(connector))
                .and(S_STREAM.eq(stream))
                .fetchOne();
        return r == null ? StreamState.EMPTY : toState(r);
    }

    static StreamState toState(Record r) {
        StreamState.Resume resume = r.get(S_RESUME_MODE) == null
                ? null
                : new StreamState.Resume(
                        r.get(S_RESUME_MODE), r.get(S_RESUME_WINDOW), r.get(S_RESUME_CHECKPOINT), r.get(S_RESUME_MAX));
        return new StreamState(r.get(S_CURSOR), resume);
    }

    /**
     * Forgets the streams' cursors and resume points, so that their next run is full.
     *
     * @return how many streams had a state
     */
    public int reset(String connector, Collection<String> streams) {
        return ctx.deleteFrom(STATE)
                .where(S_CONNECTOR.eq(connector))
                .and(S_STREAM.in(streams))
                .execute();
    }

    /** Saves the state; in a batch's transaction when built on one. */
    public void save(String connector, String stream, StreamState state, Instant now) {
        StreamState.Resume resume = state.resume();
        String update = RenderedSql.text(
                ctx,
                "sync_state update",
                dsl -> dsl.update(STATE)
                        .set(S_CURSOR, "")
                        .set(S_RESUME_MODE, "")
                        .set(S_RESUME_WINDOW, "")
                        .set(S_RESUME_CHECKPOINT, "")
                        .set(S_RESUME_MAX, "")
                        .set(S_UPDATED, Instant.EPOCH)
                        .where(S_CONNECTOR.eq(""))
                        .and(S_STREAM.eq("")));
        int updated = RenderedSql.execute(
                ctx,
                update,
                state.cursor(),
                resume == null ? null : resume.mode(),
                resume == null ? null : resume.windowCursor(),
                resume == null ? null : resume.checkpoint(),
                resume == null ? null : resume.maxCursor(),
                now,
                connector,
                stream);
        if (updated == 0) {
            ctx.insertInto(STATE)
                    .set(S_CONNECTOR, connector)
                    .set(S_STREAM, stream)
                    .set(S_CURSOR, state.cursor())
                    .set(S_RESUME_MODE, resume == null ? null : resume.mode())
                    .set(S_RESUME_WINDOW, resume == null ? null : resume.windowCursor())
                    .set(S_RESUME_CHECKPOINT, resume == null ? null : resume.checkpoint())
                    .set(S_RESUME_MAX, resume == null ? null : resume.maxCursor())
                    .set(S_UPDATED, now)
                    .execute();
        }
    }
}
