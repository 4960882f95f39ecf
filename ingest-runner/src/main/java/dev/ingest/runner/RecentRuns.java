package dev.ingest.runner;

import dev.ingest.core.history.RunCounts;
import dev.ingest.core.history.RunStatus;
import dev.ingest.core.history.SyncRun;
import dev.ingest.core.history.SystemTables;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.time.Instant;
import java.util.List;

/**
 * The newest rows of {@code ingest.sync_history}. Stands in for {@code SyncHistory.recent}, which selects
 * {@code *} and so gets {@code OffsetDateTime}s where it casts to {@code Instant} (a ClassCastException on
 * PostgreSQL and DuckDB alike); naming typed columns makes jOOQ convert them.
 */
final class RecentRuns {

    private static final Table<?> HISTORY = DSL.table(DSL.name(SystemTables.SCHEMA, "sync_history"));
    private static final Field<String> ID = text("id");
    private static final Field<String> INVOCATION = text("invocation_id");
    private static final Field<String> CONNECTOR = text("connector");
    private static final Field<String> STREAM = text("stream");
    private static final Field<String> MODE = text("mode");
    private static final Field<String> STATUS = text("status");
    private static final Field<Instant> STARTED = instant("started_at");
    private static final Field<Instant> FINISHED = instant("finished_at");
    private static final Field<Long> PROCESSED = count("processed");
    private static final Field<Long> CREATED = count("created");
    private static final Field<Long> UPDATED = count("updated");
    private static final Field<Long> UNCHANGED = count("unchanged");
    private static final Field<Long> REJECTED = count("rejected");
    private static final Field<String> CURSOR_BEFORE = text("cursor_before");
    private static final Field<String> CURSOR_AFTER = text("cursor_after");
    private static final Field<String> ERROR = text("error");

    private RecentRuns() {
    }

    /** @param connector only this connector's runs, or {@code null} for all */
    static List<SyncRun> fetch(DSLContext dsl, String connector, int limit) {
        return dsl.select(ID, INVOCATION, CONNECTOR, STREAM, MODE, STATUS, STARTED, FINISHED,
                        PROCESSED, CREATED, UPDATED, UNCHANGED, REJECTED, CURSOR_BEFORE, CURSOR_AFTER, ERROR)
                .from(HISTORY)
                .where(connector == null ? DSL.noCondition() : CONNECTOR.eq(connector))
                .orderBy(STARTED.desc(), STREAM.asc())
                .limit(limit)
                .fetch(RecentRuns::toRun);
    }

    private static SyncRun toRun(Record r) {
        return new SyncRun(r.get(ID), r.get(INVOCATION), r.get(CONNECTOR), r.get(STREAM), r.get(MODE),
                RunStatus.fromLabel(r.get(STATUS)), r.get(STARTED), r.get(FINISHED),
                new RunCounts(r.get(PROCESSED), r.get(CREATED), r.get(UPDATED), r.get(UNCHANGED), r.get(REJECTED)),
                r.get(CURSOR_BEFORE), r.get(CURSOR_AFTER), r.get(ERROR));
    }

    private static Field<String> text(String column) {
        return DSL.field(DSL.name(column), SQLDataType.CLOB);
    }

    private static Field<Long> count(String column) {
        return DSL.field(DSL.name(column), SQLDataType.BIGINT);
    }

    private static Field<Instant> instant(String column) {
        return DSL.field(DSL.name(column), SQLDataType.INSTANT);
    }
}
