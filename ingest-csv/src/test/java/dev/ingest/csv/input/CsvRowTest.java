package dev.ingest.csv.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvRowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CsvRow row(List<String> header, List<String> fields) {
        return new CsvRow(
                new CsvRow.Header(header, header, ','), new CsvRecord(fields, 7, String.join(",", fields), null), null);
    }

    @Test
    void writesTheSameJsonAsJacksonForEveryCharacter() throws Exception {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x250; c++) {
            every.append(c);
        }
        List<String> values = List.of(
                every.toString(), "Zoë \"Z\" O'Brien\\", "emoji \uD83D\uDE00, lone \uD800", "\u2028\u2029\u007F", "");
        CsvRow row = row(List.of("plain", "Ünïcode \"key\"", "tab\tkey", "x", "y"), values);

        assertThat(row.json()).isEqualTo(row.data().toString());
        assertThat(JSON.readTree(row.json()).get("Ünïcode \"key\"").asText()).isEqualTo(values.get(1));
    }

    @Test
    void writesRandomTextAsJacksonDoes() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < 4; f++) {
                StringBuilder value = new StringBuilder();
                for (int i = random.nextInt(12); i > 0; i--) {
                    value.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
                }
                fields.add(value.toString());
            }
            CsvRow row = row(List.of("a", "b", "c", "d"), fields);
            assertThat(row.json()).isEqualTo(row.data().toString());
        }
    }

    @Test
    void shortRowsHoldTheirFieldsAndLongRowsTheirExtras() {
        assertThat(row(List.of("a", "b"), List.of("1")).json()).isEqualTo("{\"a\":\"1\"}");
        assertThat(row(List.of("a", "b"), List.of("1", "2", "3", "")).json())
                .isEqualTo("{\"a\":\"1\",\"b\":\"2\",\"_extra\":[\"3\",\"\"]}");
        assertThat(row(List.of("a"), List.of("1")).field(3)).isEmpty();
        assertThat(row(List.of("a"), List.of("1")).location()).isEqualTo("line 7");
    }

    @Test
    void keepsOnlyTheRawHeadersAsJacksonWritesThatPartOfTheRow() {
        Random random = new Random(7);
        List<String> header = List.of("a", "b", "c", "d");
        for (int n = 0; n < 2_000; n++) {
            List<String> raw = header.stream().filter(h -> random.nextBoolean()).toList();
            List<String> fields = new ArrayList<>();
            for (int f = random.nextInt(7); f > 0; f--) {
                fields.add(Integer.toString(random.nextInt(100)) + (random.nextBoolean() ? "\"é" : ""));
            }
            CsvRow row = new CsvRow(
                    new CsvRow.Header(header, raw, ','),
                    new CsvRecord(fields, 1, String.join(",", fields), null),
                    null);

            ObjectNode expected = row.data().deepCopy();
            expected.retain(new ArrayList<>(raw) {
                {
                    add("_extra");
                }
            });
            assertThat(row.json()).isEqualTo(expected.isEmpty() ? null : expected.toString());
        }
    }

    @Test
    void aRowWhoseEveryHeaderHasAColumnHasNoRawUnlessItHasExtras() {
        CsvRow.Header none = new CsvRow.Header(List.of("a", "b"), List.of(), ',');
        assertThat(new CsvRow(none, new CsvRecord(List.of("1", "2"), 1, "1,2", null), null).json())
                .isNull();
        assertThat(new CsvRow(none, new CsvRecord(List.of("1", "2", ""), 1, "1,2,", null), null).json())
                .isEqualTo("{\"_extra\":[\"\"]}");
    }
}
