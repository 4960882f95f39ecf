package dev.ingest.core.internal.history;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.QueryPart;

/**
 * SQL that a sync runs for every batch, rendered by jOOQ once per dialect and run through JDBC with each call's values.
 * Rendering a statement costs far more than running it on the server; for every batch of a run, and with jOOQ's
 * rendering code the largest share of what the JIT compiled in a cold CSV import, it was a visible part of the run.
 */
final class RenderedSql {

    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private RenderedSql() {}

    /** The text of {@code part} as {@code ctx} renders it, bind values as {@code ?}, made once per dialect and name. */
    static String text(DSLContext ctx, String name, Function<DSLContext, QueryPart> part) {
        return rendered(ctx, name, dsl -> dsl.render(part.apply(dsl)));
    }

    /** The text {@code render} makes with {@code ctx}, made once per dialect and name. */
    static String rendered(DSLContext ctx, String name, Function<DSLContext, String> render) {
        return TEXTS.computeIfAbsent(ctx.dialect() + "/" + name, key -> render.apply(ctx));
    }

    /**
     * Runs a statement rendered by {@link #text} with {@code values} in the order of its parameters: strings and
     * longs as such, instants as ISO text (the statement's casts read it), and nulls as text, so only for text columns.
     *
     * @return the rows it changed
     */
    static int execute(DSLContext ctx, String sql, Object... values) {
        return ctx.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    bind(statement, i + 1, values[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof String || value instanceof Instant) {
            statement.setString(index, value.toString());
        } else {
            throw new IllegalArgumentException(
                    "cannot bind a " + value.getClass().getSimpleName());
        }
    }
}
