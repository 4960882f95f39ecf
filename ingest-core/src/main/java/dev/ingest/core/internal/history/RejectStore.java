package dev.ingest.core.internal.history;

import static dev.ingest.core.internal.history.SystemTables.*;

import dev.ingest.core.RejectedRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep9;
import org.jooq.Record;

/** {@code ingest.rejects}: every record a run set aside, with its reason and its payload. */
public final class RejectStore {

    private static final int ROWS_PER_STATEMENT = 100;

    private final DSLContext ctx;
    private final BulkCopy bulkCopy;

    /**
     * How the warehouse streams plain rows into one of its own tables (PostgreSQL's COPY), for stores whose
     * warehouse has such a path; the history knows no warehouse, the warehouse hands it in.
     */
    @FunctionalInterface
    public interface BulkCopy {
        /**
         * @param qualifiedTable the table's name as SQL, quoted as needed
         * @param columnList its columns' names as SQL, in the order of each row's values
         */
        void copy(Connection connection, String qualifiedTable, String columnList, List<Object[]> rows)
                throws SQLException;
    }

    /** A store that inserts its rows with statements. */
    public RejectStore(DSLContext ctx) {
        this(ctx, null);
    }

    /** @param bulkCopy the warehouse's bulk path for plain rows, or null to insert them with statements */
    public RejectStore(DSLContext ctx, BulkCopy bulkCopy) {
        this.ctx = ctx;
        this.bulkCopy = bulkCopy;
    }

    /**
     * Adds rejects in the caller's transaction: through the bulk copy where there is one (PostgreSQL's COPY), else {@value #ROWS_PER_STATEMENT} rows
     * an INSERT. Each INSERT's text is rendered once per warehouse and row count: rendering a statement of many rows'
     * values, as jOOQ does for every call, cost a CSV import with 2% bad rows seconds of rendering and of JIT
     * compiling it; one row a statement costs DuckDB, which executes a JDBC batch row by row, more still.
     *
     * @param firstSeq the run's number for the first of them; numbers go on from there
     */
    public void add(
            String runId, String connector, String stream, long firstSeq, List<RejectedRecord> rejects, Instant now) {
        if (rejects.isEmpty()) {
            return;
        }
        ctx.connection(connection -> {
            if (bulkCopy != null) {
                copy(connection, runId, connector, stream, firstSeq, rejects, now);
                return;
            }
            // Bound as text, which the statement casts: setTimestamp is big enough that C2 compiling it, once a
            // CSV import's rejects make it hot, cost a second of one of two cores.
            String at = now.toString();
            long seq = firstSeq;
            for (int from = 0; from < rejects.size(); from += ROWS_PER_STATEMENT) {
                List<RejectedRecord> rows = rejects.subList(from, Math.min(rejects.size(), from + ROWS_PER_STATEMENT));
                try (PreparedStatement insert = connection.prepareStatement(insertSql(rows.size()))) {
                    int p = 1;
                    for (RejectedRecord reject : rows) {
                        insert.setString(p++, runId);
                        insert.setLong(p++, seq++);
                        insert.setString(p++, connector);
                        insert.setString(p++, stream);
                        insert.setString(p++, reject.sourceId());
                        insert.setString(p++, reject.location());
                        insert.setString(p++, reject.reason());
                        insert.setString(p++, reject.payload());
                        insert.setString(p++, at);
                    }
                    insert.executeUpdate();
                }
            }
        });
    }

    /**
     * A batch's rejects in one COPY: no statement of hundreds of parameters for the server to parse and bind, which
     * took a CSV import with 2% bad rows 7-9% of its time.
     */
    private void copy(
            Connection connection,
            String runId,
            String connector,
            String stream,
            long firstSeq,
            List<RejectedRecord> rejects,
            Instant now)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>(rejects.size());
        long seq = firstSeq;
        for (RejectedRecord reject : rejects) {
            rows.add(new Object[] {
                runId,
                seq++,
                connector,
                stream,
                reject.sourceId(),
                reject.location(),
                reject.reason(),
                reject.payload(),
                now
            });
        }
        String columns = RenderedSql.rendered(
                ctx,
                "rejects columns",
                dsl -> REJECT_FIELDS.stream()
                        .map(field -> dsl.render(field.getUnqualifiedName()))
                        .collect(Collectors.joining(", ")));
        bulkCopy.copy(connection, RenderedSql.text(ctx, "rejects table", dsl -> REJECTS), columns, rows);
    }

    /** The text of an insert of {@code rows} rejects, with a parameter for each value. */
    private String insertSql(int rows) {
        return RenderedSql.text(ctx, "rejects insert " + rows, dsl -> {
            InsertValuesStep9<?, String, Long, String, String, String, String, String, String, Instant> insert =
                    dsl.insertInto(
                            REJECTS,
                            R_RUN,
                            R_SEQ,
                            R_CONNECTOR,
                            R_STREAM,
                            R_SOURCE_ID,
                            R_LOCATION,
                            R_REASON,
                            R_PAYLOAD,
                            R_AT);
            for (int i = 0; i < rows; i++) {
                insert = insert.values("", 0L, "", "", "", "", "", "", Instant.EPOCH);
            }
            return insert;
        });
    }

    public List<RejectedRecord> forRun(String runId) {
        return forRun(runId, Integer.MAX_VALUE);
    }

    /** The run's first {@code limit} rejects, in the order it set them aside. */
    public List<RejectedRecord> forRun(String runId, int limit) {
        return ctx.select(REJECT_FIELDS)
                .from(REJECTS)
                .where(R_RUN.eq(runId))
                .orderBy(R_SEQ)
                .limit(limit)
                .fetch((Record r) ->
                        new RejectedRecord(r.get(R_SOURCE_ID), r.get(R_LOCATION), r.get(R_REASON), r.get(R_PAYLOAD)));
    }
}
