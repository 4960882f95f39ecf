package dev.ingest.core.internal.history;

import static dev.ingest.core.internal.history.SystemTables.*;

import dev.ingest.core.RunQuery;
import dev.ingest.core.StreamState;
import dev.ingest.core.SyncRun;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The recorded runs and stored states read back for people: the {@code runs} and {@code state} commands. */
public final class RunLog {

    /**
     * A run with where it ran.
     *
     * @param host    the host whose process ran it
     * @param pid     that process's id
     * @param heartbeatAt when it started, last committed a batch or ended
     * @param batches how many batches it committed
     */
    public record Entry(SyncRun run, String host, Long pid, Instant heartbeatAt, long batches) {}

    /** A stream's row in {@code ingest.sync_state}. */
    public record StoredState(String connector, String stream, StreamState state, Instant updatedAt) {}

    private final DSLContext ctx;

    public RunLog(DSLContext ctx) {
        this.ctx = ctx;
    }

    public List<Entry> find(RunQuery filter) {
        Condition where = DSL.noCondition();
        if (filter.connector() != null) {
            where = where.and(H_CONNECTOR.eq(filter.connector()));
        }
        if (filter.stream() != null) {
            where = where.and(H_STREAM.eq(filter.stream()));
        }
        if (filter.status() != null) {
            where = where.and(H_STATUS.eq(filter.status().label()));
        }
        if (filter.since() != null) {
            where = where.and(H_STARTED.ge(filter.since()));
        }
        return ctx.select(HISTORY_FIELDS)
                .from(HISTORY)
                .where(where)
                .orderBy(H_STARTED.desc(), H_STREAM.asc())
                .limit(filter.limit())
                .fetch(RunLog::toEntry);
    }

    public Optional<Entry> get(String runId) {
        return ctx.select(HISTORY_FIELDS).from(HISTORY).where(H_ID.eq(runId)).fetchOptional(RunLog::toEntry);
    }

    /** The stored states of the connector's streams, or of every connector's when it is {@code null}. */
    public List<StoredState> states(String connector) {
        return ctx.select(STATE_FIELDS)
                .from(STATE)
                .where(connector == null ? DSL.noCondition() : S_CONNECTOR.eq(connector))
                .orderBy(S_CONNECTOR, S_STREAM)
                .fetch(r -> new StoredState(
                        r.get(S_CONNECTOR), r.get(S_STREAM), SyncStateStore.toState(r), r.get(S_UPDATED)));
    }

    /** The connector's streams named in its history or its state: those a source may discover at run time too. */
    public Set<String> streamsOnRecord(String connector) {
        Set<String> streams = new TreeSet<>(ctx.selectDistinct(H_STREAM)
                .from(HISTORY)
                .where(H_CONNECTOR.eq(connector))
                // A failed discovery's row names no stream.
                .and(H_STREAM.isNotNull())
                .fetch(H_STREAM));
        streams.addAll(ctx.selectDistinct(S_STREAM)
                .from(STATE)
                .where(S_CONNECTOR.eq(connector))
                .fetch(S_STREAM));
        return streams;
    }

    private static Entry toEntry(Record r) {
        return new Entry(SyncHistory.toRun(r), r.get(H_HOST), r.get(H_PID), r.get(H_HEARTBEAT), r.get(H_BATCHES));
    }
}
