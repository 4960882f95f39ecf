package dev.ingest.core.internal.warehouse;

import static dev.ingest.core.testing.RunIds.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB's appender casts nothing, so the writer converts each value itself; the INSERT path of small batches,
 * where DuckDB casts the text of each value, is the reference it must match.
 */
class DuckDbAppenderWriterTest {

    private static final List<String> TEXTS =
            List.of("", "plain", "tab\there", "line\nbreak\r\n", "back\\slash \\N", "emoji 😀 and 中文 é");
    /** Up to the 28 digits before the point and beyond the 10 after it that DECIMAL(38,10) keeps. */
    private static final List<String> DECIMALS = List.of(
            "0",
            "-1",
            "12345.6789",
            "1E+3",
            "5E-10",
            "0.00000000005",
            "-0.00000000005",
            "0.000000000049",
            "0.00000000015",
            "1234567890123456789012345678.0123456789",
            "-98765.4321000");

    private static final List<Instant> INSTANTS = List.of(
            Instant.EPOCH,
            Instant.parse("2024-02-29T23:59:59.999999Z"),
            Instant.parse("1969-07-20T20:17:40.123Z"),
            Instant.parse("1000-01-01T00:00:00Z"),
            Instant.parse("2000-01-01T00:00:00.000001Z"));
    private static final List<LocalDate> DATES =
            List.of(LocalDate.EPOCH, LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    private static final List<String> DOCUMENTS = List.of("{\"a\":[1,2,{\"b\":\"é\\n\"}],\"c\":null}", "[]", "1.50");
    private static final TypedRows ROWS = new TypedRows(TEXTS, DECIMALS, INSTANTS, DATES, DOCUMENTS);

    private static final Instant SYNCED_AT = Instant.parse("2026-12-07T10:15:30.123456Z");

    @TempDir
    Path dir;

    private Warehouse warehouse;

    @BeforeEach
    void open() {
        warehouse = Warehouse.open(new WarehouseConfig("jdbc:duckdb:" + dir.resolve("appender.duckdb"), null, null));
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void theAppenderStoresEveryValueAsTheCastingInsertDoes() {
        TableRef appended = prepare("appended");
        TableRef inserted = prepare("inserted");
        assertThat(appendable(appended)).isTrue();
        List<StagedRow> rows = ROWS.rows(0, 300);

        insertInBulk(appended, rows);
        // below TableLoader.BULK_THRESHOLD rows a batch takes the INSERT path
        for (int from = 0; from < rows.size(); from += 50) {
            insert(inserted, rows.subList(from, from + 50));
        }

        List<String> fromAppender = contents("appended");
        assertThat(fromAppender).hasSize(300).isEqualTo(contents("inserted"));
        assertThat(fromAppender.get(5)).contains("0.0000000001");
    }

    @Test
    void aTableWhoseColumnChangedTypeIsWrittenByTheCastingInsert() {
        prepare("changed");
        warehouse.dsl().execute("ALTER TABLE appender_test.changed ALTER COLUMN visits TYPE INTEGER");
        TableRef changed = prepare("changed");
        TableRef reference = prepare("reference");
        assertThat(appendable(changed)).isFalse();
        List<StagedRow> rows = ROWS.rows(0, 150);

        insertInBulk(changed, rows);
        insertInBulk(reference, rows);

        assertThat(contents("changed")).hasSize(150).isEqualTo(contents("reference"));
    }

    @Test
    void aKeyThatExistsFailsTheBatchEvenWhenItIsInTheLastRowsAppended() {
        TableRef table = prepare("keys");
        insertInBulk(table, ROWS.rows(0, 150));
        // every row new but the last, which the appender sends only when the batch ends
        List<StagedRow> again = new ArrayList<>(ROWS.rows(1000, 149));
        again.add(ROWS.rows(149, 1).get(0));

        assertThatThrownBy(() -> insertInBulk(table, again)).isInstanceOf(KeyExistsException.class);
        assertThat(contents("keys")).hasSize(150);
    }

    private TableRef prepare(String table) {
        return warehouse.prepare("appender_test", TypedRows.stream(table));
    }

    private static boolean appendable(TableRef table) {
        return DuckDbAppenderWriter.canAppend(RowLayout.table(table, SYNCED_AT, run(1)));
    }

    private void insertInBulk(TableRef table, List<StagedRow> rows) {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(TableLoader.BULK_THRESHOLD);
        insert(table, rows);
    }

    private void insert(TableRef table, List<StagedRow> rows) {
        warehouse.inTransaction(tx -> warehouse.insertNew(tx, table, rows, SYNCED_AT, run(1), false));
    }

    private List<String> contents(String table) {
        return warehouse
                .dsl()
                .fetch("SELECT (id, note, amount, active, born, seen_at, doc, visits, _raw, _synced_at, _run_id,"
                        + " _deleted_at)::VARCHAR FROM appender_test." + table + " ORDER BY id")
                .getValues(0, String.class);
    }
}
