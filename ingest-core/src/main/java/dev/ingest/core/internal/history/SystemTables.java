package dev.ingest.core.internal.history;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.primaryKey;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The {@code ingest} schema: run history, stream state and rejected records, the same on every warehouse. */
public final class SystemTables {

    public static final String SCHEMA = "ingest";
    private static final String ONE_RUNNING = "sync_history_one_running";

    static final Table<?> HISTORY = table(name(SCHEMA, "sync_history"));
    static final Field<String> H_ID = text("id");
    static final Field<String> H_INVOCATION = text("invocation_id");
    static final Field<String> H_CONNECTOR = text("connector");
    static final Field<String> H_STREAM = text("stream");
    static final Field<String> H_MODE = text("mode");
    static final Field<String> H_STATUS = text("status");
    static final Field<Instant> H_STARTED = instant("started_at");
    static final Field<Instant> H_FINISHED = instant("finished_at");
    static final Field<Instant> H_HEARTBEAT = instant("heartbeat_at");
    static final Field<Long> H_PROCESSED = count("processed");
    static final Field<Long> H_CREATED = count("created");
    static final Field<Long> H_UPDATED = count("updated");
    static final Field<Long> H_UNCHANGED = count("unchanged");
    static final Field<Long> H_REJECTED = count("rejected");
    static final Field<Long> H_DELETED = count("deleted");
    static final Field<String> H_CURSOR_BEFORE = text("cursor_before");
    static final Field<String> H_CURSOR_AFTER = text("cursor_after");
    static final Field<String> H_ERROR = text("error");
    static final Field<String> H_HOST = text("host");
    static final Field<Long> H_PID = count("pid");
    /** How many batches the run has committed: each batch's transaction checks and moves it, see {@link SyncHistory#progress}. */
    static final Field<Long> H_BATCHES = count("batches");

    static final Table<?> STATE = table(name(SCHEMA, "sync_state"));
    static final Field<String> S_CONNECTOR = text("connector");
    static final Field<String> S_STREAM = text("stream");
    static final Field<String> S_CURSOR = text("cursor");
    static final Field<String> S_RESUME_MODE = text("resume_mode");
    static final Field<String> S_RESUME_WINDOW = text("resume_window_cursor");
    static final Field<String> S_RESUME_CHECKPOINT = text("resume_checkpoint");
    static final Field<String> S_RESUME_MAX = text("resume_max_cursor");
    static final Field<Instant> S_UPDATED = instant("updated_at");

    static final Table<?> REJECTS = table(name(SCHEMA, "rejects"));
    static final Field<String> R_RUN = text("run_id");
    static final Field<Long> R_SEQ = count("seq");
    static final Field<String> R_CONNECTOR = text("connector");
    static final Field<String> R_STREAM = text("stream");
    static final Field<String> R_SOURCE_ID = text("source_id");
    static final Field<String> R_LOCATION = text("location");
    static final Field<String> R_REASON = text("reason");
    static final Field<String> R_PAYLOAD = text("payload");
    static final Field<Instant> R_AT = instant("rejected_at");

    static final List<Field<?>> HISTORY_FIELDS = List.of(
            H_ID,
            H_INVOCATION,
            H_CONNECTOR,
            H_STREAM,
            H_MODE,
            H_STATUS,
            H_STARTED,
            H_FINISHED,
            H_HEARTBEAT,
            H_PROCESSED,
            H_CREATED,
            H_UPDATED,
            H_UNCHANGED,
            H_REJECTED,
            H_DELETED,
            H_CURSOR_BEFORE,
            H_CURSOR_AFTER,
            H_ERROR,
            H_HOST,
            H_PID,
            H_BATCHES);
    static final List<Field<?>> STATE_FIELDS = List.of(
            S_CONNECTOR,
            S_STREAM,
            S_CURSOR,
            S_RESUME_MODE,
            S_RESUME_WINDOW,
            S_RESUME_CHECKPOINT,
            S_RESUME_MAX,
            S_UPDATED);
    static final List<Field<?>> REJECT_FIELDS =
            List.of(R_RUN, R_SEQ, R_CONNECTOR, R_STREAM, R_SOURCE_ID, R_LOCATION, R_REASON, R_PAYLOAD, R_AT);

    private SystemTables() {}

    /** Creates the schema and its tables where they are missing. */
    public static void create(DSLContext ctx) {
        ctx.createSchemaIfNotExists(SCHEMA).execute();
        ctx.createTableIfNotExists(HISTORY)
                .columns(HISTORY_FIELDS)
                .constraints(primaryKey(H_ID))
                .execute();
        // Warehouses whose history predates the column.
        ctx.alterTable(HISTORY).addColumnIfNotExists(H_BATCHES).execute();
        if (ctx.dialect().family() == SQLDialect.POSTGRES
                && ctx.fetchValue("SELECT to_regclass('" + SCHEMA + "." + ONE_RUNNING + "')") == null) {
            // A history from before the index may hold two running rows of one stream (runs that overlapped and were
            // killed): all but the latest are failed, as the next run would have failed them, so that the index can be
            // built.
            ctx.execute(
                    "UPDATE " + SCHEMA
                            + ".sync_history h SET status = 'failed', error = 'superseded by a later run of the stream'"
                            + " WHERE status = 'running' AND EXISTS (SELECT 1 FROM " + SCHEMA
                            + ".sync_history o WHERE o.connector = h.connector"
                            + " AND o.stream = h.stream AND o.status = 'running' AND (o.started_at, o.id) > (h.started_at, h.id))");
            // One running row per stream, enforced by the server: two processes starting a stream at once cannot both
            // claim it (DuckDB has no partial index, and its file admits one writing process, see Warehouse#claim).
            ctx.execute("CREATE UNIQUE INDEX IF NOT EXISTS " + ONE_RUNNING + " ON " + SCHEMA
                    + ".sync_history (connector, stream) WHERE status = 'running'");
        }
        ctx.createTableIfNotExists(STATE)
                .columns(STATE_FIELDS)
                .constraints(primaryKey(S_CONNECTOR, S_STREAM))
                .execute();
        ctx.createTableIfNotExists(REJECTS)
                .columns(REJECT_FIELDS)
                .constraints(primaryKey(R_RUN, R_SEQ))
                .execute();
    }

    private static Field<String> text(String column) {
        return field(name(column), SQLDataType.CLOB);
    }

    private static Field<Long> count(String column) {
        return field(name(column), SQLDataType.BIGINT);
    }

    private static Field<Instant> instant(String column) {
        return field(name(column), SQLDataType.INSTANT);
    }
}
