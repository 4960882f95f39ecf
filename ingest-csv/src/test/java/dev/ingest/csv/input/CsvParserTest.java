package dev.ingest.csv.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

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

    /** The record's text as kept by the parser, or rebuilt from its fields when none of them was quoted. */
    private static String exactText(CsvRecord record) {
        return record.text() != null ? record.text() : String.join(",", record.fields());
    }

    /** Parses {@code text} read in pieces of one to seven characters, with a limit on a record's length. */
    private static List<CsvRecord> parse(String text, int maxRecordChars, Random random) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvParser parser = new CsvParser(new ChoppyReader(text, random), ',', maxRecordChars)) {
            CsvRecord record;
            while ((record = parser.next()) != null) {
                records.add(record);
            }
            assertThat(parser.position()).isEqualTo(text.length());
        }
        return records;
    }

    @Test
    void keepsQuotedDelimitersQuotesAndLineBreaksWithTheRecordsExactTextAndStartLine() throws IOException {
        List<CsvRecord> records =
                parse("id,note\r\n1,\"a, \"\"quoted\"\"\r\nnote\"\r\n\r\n2,plain\n3,\"\"\r4,last", ',');

        assertThat(records)
                .extracting(CsvRecord::fields)
                .containsExactly(
                        List.of("id", "note"),
                        List.of("1", "a, \"quoted\"\r\nnote"),
                        List.of("2", "plain"),
                        List.of("3", ""),
                        List.of("4", "last"));
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
            line += text.toString()
                            .replace("\r\n", "\n")
                            .chars()
                            .filter(c -> c == '\n' || c == '\r')
                            .count()
                    + 1;
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
        assertThat(records).extracting(CsvParserTest::exactText).isEqualTo(texts);
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
        public void close() {}
    }

    @Test
    void keepsAStrayQuoteInsideAnUnquotedFieldAsText() throws IOException {
        assertThat(parse("a;5\" pipe;c\n", ';').get(0).fields()).containsExactly("a", "5\" pipe", "c");
    }

    @Test
    void aQuoteLeftOpenToTheEndOfTheFileRejectsItsLineAndTheNextLinesAreReadAgain() throws IOException {
        List<CsvRecord> records = parse("1,ok\n2,\"never closed\n3,x\r\n4,y", ',');

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(records.get(1).problem()).isEqualTo("unterminated quoted field");
        assertThat(records.get(1).text()).isEqualTo("2,\"never closed");
        assertThat(records.get(2).fields()).containsExactly("3", "x");
        assertThat(records.get(2).problem()).isNull();
        assertThat(records.get(3).fields()).containsExactly("4", "y");
        Random random = new Random(3);
        for (int cut = 0; cut < 100; cut++) {
            assertThat(parse("1,ok\n2,\"never closed\n3,x\r\n4,y", CsvParser.MAX_RECORD_CHARS, random))
                    .isEqualTo(records);
        }
    }

    @Test
    void aQuoteLeftOpenOnTheLastLineIsMarked() throws IOException {
        List<CsvRecord> records = parse("1,ok\n2,\"never closed", ',');

        assertThat(records).hasSize(2);
        assertThat(records.get(1).problem()).isEqualTo("unterminated quoted field");
        assertThat(records.get(1).text()).isEqualTo("2,\"never closed");
    }

    @Test
    void aRunawayQuoteAtTheDefaultLimitIsRejectedWithoutFailingTheFile() throws IOException {
        int lines = CsvParser.MAX_RECORD_CHARS / 5;
        List<CsvRecord> records = parse("1,\"open\n" + "2,ok\n".repeat(lines), ',');

        assertThat(records.get(0).problem())
                .isEqualTo("a quoted field runs past 1048576 characters: a quote is probably not closed");
        assertThat(records.get(0).text()).isEqualTo("1,\"open");
        assertThat(records).hasSize(lines + 1);
        assertThat(records.get(lines).fields()).containsExactly("2", "ok");
        assertThat(records.get(lines).line()).isEqualTo(lines + 1);
    }

    @Test
    void runawayQuoteIsRejectedAndTheNextLinesAreReadAgain() throws IOException {
        String file = "id,note\r\n1,\"never closed\r\n2,b\r\n3,c\n4,d\r5,e\r\n6,f\n7,g\n8,h\n9,i\n";

        List<CsvRecord> records = parse(file, 20, new Random(7));

        assertThat(records.get(1).problem())
                .isEqualTo("a quoted field runs past 20 characters: a quote is probably not closed");
        assertThat(records.get(1).text()).isEqualTo("1,\"never closed");
        assertThat(records.get(1).fields()).containsExactly("1", "never closed");
        assertThat(records)
                .extracting(CsvRecord::fields)
                .containsExactly(
                        List.of("id", "note"),
                        List.of("1", "never closed"),
                        List.of("2", "b"),
                        List.of("3", "c"),
                        List.of("4", "d"),
                        List.of("5", "e"),
                        List.of("6", "f"),
                        List.of("7", "g"),
                        List.of("8", "h"),
                        List.of("9", "i"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        for (int seed = 0; seed < 200; seed++) {
            assertThat(parse(file, 20, new Random(seed))).isEqualTo(records);
        }
    }

    @Test
    void aRunawayQuoteInTheLinesReadAgainIsRejectedToo() throws IOException {
        // In the first record's quote, the second line closes it and opens another; read alone it opens one.
        String file = "1,\"a\nx\",\"y\n3,c\n4,d\n5,e\n6,f\n7,g\n";

        List<CsvRecord> records = parse(file, 12, new Random(8));

        assertThat(records)
                .extracting(CsvParserTest::exactText)
                .containsExactly("1,\"a", "x\",\"y", "3,c", "4,d", "5,e", "6,f", "7,g");
        assertThat(records).extracting(CsvRecord::fields).startsWith(List.of("1", "a"), List.of("x\"", "y"));
        assertThat(records)
                .extracting(CsvRecord::problem)
                .containsExactly(
                        "a quoted field runs past 12 characters: a quote is probably not closed",
                        "a quoted field runs past 12 characters: a quote is probably not closed",
                        null,
                        null,
                        null,
                        null,
                        null);
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void aRunawayFirstLineLongerThanTheLimitIsCutAtTheLimitAndTheNextLineRead() throws IOException {
        String file = "1,\"" + "x".repeat(100) + "\r\n2,b\n";

        List<CsvRecord> records = parse(file, 30, new Random(9));

        assertThat(records.get(0).text()).isEqualTo("1,\"" + "x".repeat(27));
        assertThat(records.get(1).fields()).containsExactly("2", "b");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void resumingAfterARunawayQuoteReadsTheSameRecords() throws IOException {
        String file = "h\n0,\"two\nlines\"\n1,\"open\r\n2,b\r\n3,c\n4,d\n5,e\n6,f\n";
        List<CsvRecord> records = new ArrayList<>();
        List<long[]> checkpoints = new ArrayList<>();
        try (CsvParser parser = new CsvParser(new StringReader(file), ',', 25)) {
            CsvRecord record;
            while ((record = parser.next()) != null) {
                records.add(record);
                checkpoints.add(new long[] {parser.position(), parser.line()});
            }
            assertThat(parser.position()).isEqualTo(file.length());
        }
        assertThat(records.get(1).fields()).containsExactly("0", "two\nlines");
        assertThat(records.get(2).problem()).isNotNull();
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L);

        for (int i = 1; i < records.size(); i++) {
            List<CsvRecord> resumed = new ArrayList<>();
            try (CsvParser parser = new CsvParser(new StringReader(file), ',', 25)) {
                parser.skip(checkpoints.get(i - 1)[0], checkpoints.get(i - 1)[1]);
                CsvRecord record;
                while ((record = parser.next()) != null) {
                    resumed.add(record);
                }
            }
            assertThat(resumed).isEqualTo(records.subList(i, records.size()));
        }
    }

    @Test
    void fieldsDoubledQuotesAndLineBreaksCrossingRefillsReadAsInOnePiece() throws IOException {
        String file = "a,\"b\"\"c\",d\r\n\"x\"\"\",\"\"\"\",\"\"\r\"abc\"def,g\n,,\r\nlong field " + "y".repeat(40)
                + ",\"with\r\nbreak\"\ntrailing,\n\n\"\"\"\"\"\"\n";
        List<CsvRecord> whole = parse(file, ',');

        assertThat(whole)
                .extracting(CsvRecord::fields)
                .containsExactly(
                        List.of("a", "b\"c", "d"),
                        List.of("x\"", "\"", ""),
                        List.of("abcdef", "g"),
                        List.of("", "", ""),
                        List.of("long field " + "y".repeat(40), "with\r\nbreak"),
                        List.of("trailing", ""),
                        List.of("\"\""));
        assertThat(whole).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L, 7L, 9L);
        for (int seed = 0; seed < 200; seed++) {
            assertThat(parse(file, CsvParser.MAX_RECORD_CHARS, new Random(seed)))
                    .isEqualTo(whole);
        }
    }

    @Test
    void endsRecordsOnCrLfAndCrAndLfAlikeAndSkipsBlankLines() throws IOException {
        List<CsvRecord> records = parse("1\r\n2\r3\n\r\n\r\n4\r\r5\n\n6", ',');

        assertThat(records).extracting(CsvParserTest::exactText).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 6L, 8L, 10L);
        // Without a quoted field a record's text is its fields joined, so the parser keeps none.
        assertThat(records).extracting(CsvRecord::text).containsOnlyNulls();
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
