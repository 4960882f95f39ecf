package dev.ingest.csv.input;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
    void readsTheSameRecordsWhereverTheInputIsCutIntoReads() throws IOException {
        Random random = new Random(42);
        String alphabet = "ab é,\"\n\r;";
        StringBuilder file = new StringBuilder();
        List<List<String>> expected = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long line = 1;
        for (int r = 0; r < 2_000; r++) {
            List<String> fields = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int f = 0; f < 4; f++) {
                StringBuilder value = new StringBuilder("v");
                for (int n = random.nextInt(12); n > 0; n--) {
                    value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String v = value.toString();
                boolean quote = v.matches("(?s).*[,\"\n\r].*");
                text.append(f == 0 ? "" : ",").append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
                fields.add(v);
            }
            expected.add(fields);
            texts.add(text.toString());
            lines.add(line);
            line += text.toString().replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
            file.append(text).append(r % 2 == 0 ? "\r\n" : "\n");
        }

        List<CsvRecord> records = new ArrayList<>();
        try (CsvParser parser = new CsvParser(new ChoppyReader(file.toString(), random), ',')) {
            CsvRecord record;
            while ((record = parser.next()) != null) {
                records.add(record);
            }
            assertThat(parser.position()).isEqualTo(file.length());
        }

        assertThat(records).extracting(CsvRecord::fields).isEqualTo(expected);
        assertThat(records).extracting(CsvRecord::text).isEqualTo(texts);
        assertThat(records).extracting(CsvRecord::line).isEqualTo(lines);
        assertThat(records).allSatisfy(r -> assertThat(r.problem()).isNull());
    }

    /** Hands out the text in reads of one to seven characters, so every kind of character falls at a read's edge. */
    private static final class ChoppyReader extends Reader {
        private final String text;
        private final Random random;
        private int at;

        ChoppyReader(String text, Random random) {
            this.text = text;
            this.random = random;
        }

        @Override
        public int read(char[] into, int offset, int length) {
            if (at == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, 1 + random.nextInt(7)), text.length() - at);
            text.getChars(at, at + n, into, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
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
