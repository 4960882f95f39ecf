package dev.ingest.core.internal.warehouse;

import static dev.ingest.core.testing.RunIds.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.testing.WarehouseFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The binary COPY must store every value exactly as PostgreSQL's own parsing of the text format does;
 * the text format, kept for tables whose column types differ from the stream's, is the reference.
 */
class PostgresCopyWriterIT {

    private static final List<String> TEXTS = List.of(
            "",
            "plain",
            "tab\there",
            "line\nbreak\r\n",
            "back\\slash \\N",
            "nul\0char",
            "accents é ü ñ Ø",
            "emoji 😀 and 中文",
            "lone \uD800 surrogate",
            "quotes ' \" ,;|",
            // Longer than CopyBinaryRows.SHORT_TEXT, so written through the JDK's encoder rather than char by char.
            "a plain ASCII note well past thirty-two characters",
            "a long note with a nul\0char past thirty-two characters",
            "a long note with accents é ü ñ Ø and emoji 😀 and 中文 past the short limit");
    private static final List<String> DECIMALS = List.of(
            "0",
            "0.00",
            "1",
            "-1",
            "12345.6789",
            "0.0001",
            "0.00001",
            "-0.5",
            "10000",
            "9999.9999",
            "100000000",
            "1E+3",
            "123456789012345678901234567890.123456789",
            "0.1",
            "1.10",
            "5E-10",
            "-98765.4321000");
    private static final List<Instant> INSTANTS = List.of(
            Instant.EPOCH,
            Instant.parse("2024-02-29T23:59:59.999999999Z"),
            Instant.parse("1999-12-31T23:59:59.5Z"),
            Instant.parse("1969-07-20T20:17:40.123Z"),
            Instant.parse("0500-01-01T00:00:00Z"),
            Instant.parse("2000-01-01T00:00:00.000001Z"));
    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2000, 1, 1),
            LocalDate.of(1999, 12, 31),
            LocalDate.EPOCH,
            LocalDate.of(2024, 2, 29),
            LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31));
    private static final List<String> DOCUMENTS =
            List.of("{\"a\":[1,2,{\"b\":\"é\\n\"}],\"c\":null}", "[]", "\"text\"", "{\"x\":1.50}");
    private static final TypedRows ROWS = new TypedRows(TEXTS, DECIMALS, INSTANTS, DATES, DOCUMENTS);

    private WarehouseFixture fixture;
    private Warehouse warehouse;

    @BeforeEach
    void open() {
        fixture = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES);
        warehouse = fixture.warehouse();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void binaryCopyStoresEveryValueAsTextCopyParsesIt() {
        TableRef binary = warehouse.prepare("copy_test", TypedRows.stream("binary_rows"));
        warehouse.prepare("copy_test", TypedRows.stream("text_rows"));
        // A column of another type than the stream's rules the binary form out for this table.
        warehouse.dsl().execute("ALTER TABLE copy_test.text_rows ALTER COLUMN visits TYPE integer");
        TableRef text = warehouse.prepare("copy_test", TypedRows.stream("text_rows"));
        Instant syncedAt = Instant.parse("2026-11-23T10:15:30.123456Z");
        assertThat(CopyBinaryRows.canWrite(RowLayout.table(binary, syncedAt, run(1))))
                .isTrue();
        assertThat(CopyBinaryRows.canWrite(RowLayout.table(text, syncedAt, run(1))))
                .isFalse();

        List<StagedRow> rows = ROWS.rows(0, 150);
        warehouse.inTransaction(tx -> warehouse.insertNew(tx, binary, rows, syncedAt, run(1), false));
        warehouse.inTransaction(tx -> warehouse.insertNew(tx, text, rows, syncedAt, run(1), false));

        List<String> fromBinary = contents("binary_rows");
        assertThat(fromBinary).hasSize(150).isEqualTo(contents("text_rows"));
        assertThat(fromBinary.get(0)).contains("\"{\"\"a\"\": [1, 2, {\"\"b\"\": \"\"é\\\\n\"\"}], \"\"c\"\": null}\"");
    }

    @Test
    void upsertThroughBinaryStagingCountsAndStoresChanges() {
        TableRef table = warehouse.prepare("copy_test", TypedRows.stream("merged_rows"));
        List<StagedRow> rows = ROWS.rows(0, 120);
        Instant first = Instant.parse("2026-11-23T10:00:00Z");
        warehouse.inTransaction(tx -> warehouse.upsert(tx, table, rows, first, run(1), false));
        List<String> loaded = contents("merged_rows");

        UpsertCounts again =
                warehouse.inTransaction(tx -> warehouse.upsert(tx, table, rows, first.plusSeconds(60), run(2), false));

        assertThat(again).isEqualTo(new UpsertCounts(0, 0, 120));
        assertThat(contents("merged_rows")).isEqualTo(loaded);
    }

    private List<String> contents(String table) {
        return warehouse
                .dsl()
                .fetch(
                        "SELECT (id, note, amount, active, born, seen_at, doc, visits, _raw, _synced_at, _run_id, _deleted_at)::text"
                                + " FROM copy_test." + table + " ORDER BY id")
                .getValues(0, String.class);
    }
}
