package dev.ingest.csv.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvByteScannerTest {

    private static final boolean[] FIRST_AND_THIRD = {true, false, true};

    @TempDir
    Path dir;

    @Test
    void findsTheRecordsLinesAndWantedValuesTheParserFindsInEveryRangeOfMessyFiles() throws IOException {
        Random random = new Random(5);
        int compared = 0;
        for (int n = 0; n < 120; n++) {
            Path path = dir.resolve("messy-" + n + ".csv");
            Files.write(
                    path,
                    messyFile(random, n).getBytes(n % 4 == 3 ? InputSniffer.WINDOWS_1252 : StandardCharsets.UTF_8));
            CsvFile file = CsvFile.open(path, n % 4 == 3 ? InputSniffer.WINDOWS_1252 : null, ',');
            for (int parts : new int[] {1, 3, 8}) {
                long[] cuts = file.lineCuts(parts);
                for (int i = 0; i < cuts.length - 1; i++) {
                    for (int buffer : new int[] {CsvByteScanner.BUFFER_BYTES, 1000, 301}) {
                        Scanned bytes = inBytes(file, cuts[i], cuts[i + 1], buffer);
                        Scanned parsed = parsed(file, cuts[i], cuts[i + 1]);
                        if (bytes.line() < 0) {
                            // A whole file is declined only for a wanted value not ASCII or a quote never closed.
                            assertThat(parts == 1 && buffer == CsvByteScanner.BUFFER_BYTES && n % 7 != 0 && n % 10 != 9)
                                    .as("file %d declined whole", n)
                                    .isFalse();
                            continue;
                        }
                        compared++;
                        assertThat(parsed.endedInQuotes())
                                .as("file %d range %d, declined when the parser ends in quotes", n, i)
                                .isFalse();
                        assertThat(bytes.records())
                                .as("file %d bytes %d-%d, buffer %d", n, cuts[i], cuts[i + 1], buffer)
                                .isEqualTo(parsed.records());
                        assertThat(bytes.line())
                                .as("file %d range %d: the line it ends on", n, i)
                                .isEqualTo(parsed.line());
                    }
                }
            }
        }
        assertThat(compared).as("ranges compared").isGreaterThan(2_000);
    }

    @Test
    void declinesAWantedValueThatIsNotAscii() throws IOException {
        Path path = dir.resolve("accent.csv");
        Files.writeString(path, "id,x,key\n1,é,a\n2,b,é\n");
        CsvFile file = CsvFile.open(path, null, null);

        assertThat(inBytes(file, 0, file.size(), CsvByteScanner.BUFFER_BYTES).line())
                .isEqualTo(-1);
        int firstRowEnd = "id,x,key\n1,é,a\n".getBytes(StandardCharsets.UTF_8).length;
        assertThat(inBytes(file, 0, firstRowEnd, CsvByteScanner.BUFFER_BYTES).records())
                .as("an accent in a field not wanted is no reason to decline")
                .containsExactly("2:[1, null, a]");
    }

    @Test
    void declinesARangeEndingInsideQuotesAndTheFilesOfOtherCharsets() throws IOException {
        Path path = dir.resolve("open.csv");
        Files.writeString(path, "id,x,key\n1,\"open\n2,b,c\n");
        CsvFile open = CsvFile.open(path, null, null);
        Path utf16 = dir.resolve("utf16.csv");
        Files.writeString(utf16, "id,x,key\n1,b,c\n", StandardCharsets.UTF_16);
        CsvFile wide = CsvFile.open(utf16, StandardCharsets.UTF_16, null);

        assertThat(inBytes(open, 0, open.size(), CsvByteScanner.BUFFER_BYTES).line())
                .isEqualTo(-1);
        assertThat(wide.scanInBytes(FIRST_AND_THIRD, 0, wide.size(), record -> {}))
                .isEqualTo(-1);
    }

    /** Records of every shape the parser reads: quoted line breaks of each kind, doubled quotes, text after a closing quote, quotes inside unquoted values, blank lines, ragged rows. */
    private static String messyFile(Random random, int n) {
        String[] breaks = {"\n", "\r\n", "\r"};
        String lineBreak = breaks[random.nextInt(3)];
        StringBuilder text = new StringBuilder(n % 5 == 0 ? "\uFEFFid,note,key" : "id,note,key").append(lineBreak);
        for (int row = 0, rows = 20 + random.nextInt(200); row < rows; row++) {
            int fields = 1 + random.nextInt(4);
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    text.append(',');
                }
                text.append(
                        switch (random.nextInt(11)) {
                            case 0 -> "\"two" + breaks[random.nextInt(3)] + "lines, \"\"quoted\"\"\"";
                            case 1 -> "\"" + "x".repeat(random.nextInt(120)) + "\"";
                            case 2 -> "\"closed\"then more";
                            case 3 -> "mid\"quote";
                            case 4 -> "\"\"";
                            case 5 -> "";
                            // Only some files have a value that is not ASCII in a wanted field, which the scanner
                            // declines.
                            case 6 -> f == 1 || n % 7 == 0 ? "é ü" : "e u";
                            case 7 -> "\"a\"\"\"";
                            case 8 -> " \"spaced\"";
                            default -> String.valueOf(random.nextInt(1000));
                        });
            }
            text.append(random.nextInt(8) == 0 ? lineBreak + lineBreak : lineBreak);
        }
        if (n % 3 == 0) {
            text.setLength(text.length() - lineBreak.length());
        }
        if (n % 10 == 9) {
            text.append("5,\"never closed").append(lineBreak).append("6,after").append(lineBreak);
        }
        return text.toString();
    }

    private record Scanned(List<String> records, long line, boolean endedInQuotes) {}

    private static Scanned inBytes(CsvFile file, long from, long to, int buffer) throws IOException {
        List<String> records = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file.path())) {
            long line = CsvByteScanner.scan(
                    channel,
                    file.rangeStart(from),
                    to,
                    file.format().delimiter(),
                    FIRST_AND_THIRD,
                    from == 0,
                    record -> records.add(record.line() + ":" + record.fields()),
                    buffer);
            return new Scanned(records, line, false);
        }
    }

    private static Scanned parsed(CsvFile file, long from, long to) throws IOException {
        List<String> records = new ArrayList<>();
        try (CsvParser parser = file.parser(FIRST_AND_THIRD, from, to)) {
            if (from == 0) {
                parser.next();
            }
            CsvRecord record;
            while ((record = parser.next()) != null) {
                records.add(record.line() + ":" + record.fields());
            }
            return new Scanned(records, parser.line(), parser.endedInQuotes());
        }
    }
}
