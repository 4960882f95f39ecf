package dev.ingest.csv.input;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvParserTest {

    private static List<CsvRecord> parse(String text, char delimiter) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvParser parser = new CsvParser(new StringReader(text), delimiter)) {
            CsvRecord record;
            while ((record = parser.next()) != null) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void keepsQuotedDelimitersQuotesAndLineBreaksWithTheRecordsExactTextAndStartLine() throws IOException {
        List<CsvRecord> records = parse("id,note\r\n1,\"a, \"\"quoted\"\"\r\nnote\"\r\n\r\n2,plain\n3,\"\"\r4,last", ',');

        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("id", "note"), List.of("1", "a, \"quoted\"\r\nnote"), List.of("2", "plain"), List.of("3", ""), List.of("4", "last"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 5L, 6L, 7L);
        assertThat(records.get(1).text()).isEqualTo("1,\"a, \"\"quoted\"\"\r\nnote\"");
        assertThat(records).allSatisfy(r -> assertThat(r.problem()).isNull());
    }

    @Test
    void keepsAStrayQuoteInsideAnUnquotedFieldAsText() throws IOException {
        assertThat(parse("a;5\" pipe;c\n", ';').get(0).fields()).containsExactly("a", "5\" pipe", "c");
    }

    @Test
    void marksAQuoteLeftOpenAtTheEndOfTheFile() throws IOException {
        List<CsvRecord> records = parse("1,ok\n2,\"never closed\n3,x\n", ',');

        assertThat(records).hasSize(2);
        assertThat(records.get(1).problem()).isEqualTo("unterminated quoted field");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void refusesARunawayQuoteBeforeItFillsMemory() {
        String runaway = "1,\"" + "x".repeat(CsvParser.MAX_RECORD_CHARS + 10);
        assertThatThrownBy(() -> parse(runaway, ',')).hasMessageContaining("line 1").hasMessageContaining("quote");
    }

    @Test
    void resumesAtACheckpointPosition() throws IOException {
        String text = "h\n1\n2\n3\n";
        long position;
        try (CsvParser parser = new CsvParser(new StringReader(text), ',')) {
            parser.next();
            parser.next();
            position = parser.position();
        }
        try (CsvParser parser = new CsvParser(new StringReader(text), ',')) {
            parser.skip(position, 3);
            CsvRecord next = parser.next();
            assertThat(next.fields()).containsExactly("2");
            assertThat(next.line()).isEqualTo(3);
        }
    }
}
