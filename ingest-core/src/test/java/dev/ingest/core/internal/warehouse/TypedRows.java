package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Stream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows with a column of every type, each cycling through its own list of awkward values, for comparing what two
 * load paths store.
 */
record TypedRows(
        List<String> texts,
        List<String> decimals,
        List<Instant> instants,
        List<LocalDate> dates,
        List<String> documents) {

    static final List<Column> COLUMNS = List.of(
            new Column("id", ColumnType.INTEGER),
            new Column("note", ColumnType.TEXT),
            new Column("amount", ColumnType.DECIMAL),
            new Column("active", ColumnType.BOOLEAN),
            new Column("born", ColumnType.DATE),
            new Column("seen_at", ColumnType.TIMESTAMP),
            new Column("doc", ColumnType.JSON),
            new Column("visits", ColumnType.INTEGER));

    /** The stream of a table of {@link #COLUMNS}, keyed by {@code id}. */
    static Stream stream(String table) {
        return new Stream(table, table, List.of("id"), COLUMNS, null, record -> new Row(new Object[0], null));
    }

    /** The rows of ids {@code first} to {@code first + count - 1}, some of their values and deletion times null. */
    List<StagedRow> rows(int first, int count) {
        List<StagedRow> rows = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            Object[] values = {
                (long) i,
                i % 11 == 10 ? null : pick(texts, i),
                new BigDecimal(pick(decimals, i)),
                i % 3 == 2 ? null : i % 3 == 0,
                pick(dates, i),
                pick(instants, i),
                pick(documents, i),
                i % 5 == 4 ? null : (long) i * 1_000_003L
            };
            rows.add(new StagedRow(
                    values, "{\"id\":" + i + ",\"note\":\"" + i + "\\t\"}", i % 7 == 6 ? pick(instants, i + 1) : null));
        }
        return rows;
    }

    private static <T> T pick(List<T> values, int i) {
        return values.get(i % values.size());
    }
}
