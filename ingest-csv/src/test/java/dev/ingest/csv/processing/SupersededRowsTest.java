package dev.ingest.csv.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.SourceException;
import dev.ingest.csv.cleaning.InvalidValue;
import dev.ingest.csv.cleaning.NumberCleaners;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.input.CsvFile;
import dev.ingest.csv.input.CsvParser;
import dev.ingest.csv.input.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupersededRowsTest {

    @TempDir
    Path dir;

    @Test
    void skipsEveryRowButTheLastOfEachCleanedKey() throws IOException {
        Path path = dir.resolve("f.csv");
        Files.writeString(path, "id,x\n101,a\n0101,b\n7,c\n,d\n101,e\nbad,f\n7,g\n");
        CsvFile file = CsvFile.open(path, null, null);
        SupersededRows rows = SupersededRows.scan(file, new int[] {0}, new ValueCleaner[] {NumberCleaners::integer});
        assertThat(rows.count()).isEqualTo(3);

        assertThat(kept(file, rows))
                .extracting(record -> record.fields().get(1))
                .containsExactly("d", "e", "f", "g");
        assertThat(rows.skipped()).isEqualTo(3);
    }

    @Test
    void aFileGoneBeforeItsKeysAreScannedIsASourceErrorWithTheReason() throws IOException {
        Path path = dir.resolve("gone.csv");
        Files.writeString(path, "id,x\n1,a\n");
        CsvFile file = CsvFile.open(path, null, null);
        Files.delete(path);

        assertThatThrownBy(() -> SupersededRows.scan(file, new int[] {0}, new ValueCleaner[] {NumberCleaners::integer}))
                .isInstanceOf(SourceException.class)
                .hasMessage("cannot read CSV file " + path + ": no such file");
    }

    @Test
    void keepsTheLastRowOfEachKeyWhileItsTableGrows() throws IOException {
        Path path = dir.resolve("many.csv");
        StringBuilder text = new StringBuilder("id,x\n");
        for (int row = 0; row < 30_000; row++) {
            text.append(row % 10_000).append(',').append(row).append('\n');
        }
        Files.writeString(path, text);
        CsvFile file = CsvFile.open(path, null, null);
        SupersededRows rows = SupersededRows.scan(file, new int[] {0}, new ValueCleaner[] {NumberCleaners::integer});

        assertThat(kept(file, rows))
                .hasSize(10_000)
                .allSatisfy(record ->
                        assertThat(Integer.parseInt(record.fields().get(1))).isGreaterThanOrEqualTo(20_000));
        assertThat(rows.skipped()).isEqualTo(20_000);
    }

    @Test
    void aScanWhoseKeysOutgrowItsBudgetWritesSortedRunsAndFindsTheSameRows() throws IOException {
        Random random = new Random(5);
        StringBuilder text = new StringBuilder("id,x\n");
        for (int row = 0; row < 60_000; row++) {
            text.append(random.nextInt(40_000)).append(',').append(row).append('\n');
        }
        Path path = dir.resolve("over-budget.csv");
        Files.writeString(path, text);
        CsvFile file = CsvFile.open(path, null, null);
        KeyCode key = new KeyCode(new int[] {0}, new ValueCleaner[] {NumberCleaners::integer}, hash -> hash);
        long budget = 96 << 10;

        for (int parts : new int[] {1, 3}) {
            SupersededRows rows = SupersededRows.scan(file, key, parts, budget);

            assertThat(rows.spilledRuns()).as("runs in %d parts", parts).isGreaterThan(parts);
            assertThat(rows.largestTableBytes() * 3 / 2).isLessThanOrEqualTo(budget / parts);
            assertThat(lines(kept(file, rows))).as("in %d parts", parts).isEqualTo(lastOfEachKey(file, 0));
        }
        assertThat(SupersededRows.scan(file, key, 1, 64 << 20).spilledRuns()).isZero();
    }

    @Test
    void twoKeysWhoseHashesCollideAreBothKept() throws IOException {
        Path path = dir.resolve("separators.csv");
        // A value's characters and the end of a value hash alike (0x1F), so these two keys' hashes are equal.
        Files.writeString(path, "a,b,x\nx\u001fy,z,1\nx,y\u001fz,2\n");
        CsvFile file = CsvFile.open(path, null, null);

        SupersededRows rows =
                SupersededRows.scan(file, new int[] {0, 1}, new ValueCleaner[] {value -> value, value -> value});

        assertThat(kept(file, rows))
                .extracting(record -> record.fields().get(2))
                .containsExactly("1", "2");
    }

    @Test
    void keysSharingACodeAreToldApartByTheirValues() throws IOException {
        Path path = dir.resolve("collide.csv");
        Files.writeString(path, "email,x\na@x.com,1\nb@x.com,2\na@x.com,3\nc@x.com,4\nb@x.com,5\nd@x.com,6\n");
        CsvFile file = CsvFile.open(path, null, null);
        // Every key hashes alike, as two keys of a file might by chance.
        KeyCode key = new KeyCode(new int[] {0}, new ValueCleaner[] {value -> value}, hash -> 7);

        SupersededRows rows = SupersededRows.scan(file, key, 1, 64 << 20);

        assertThat(kept(file, rows))
                .extracting(record -> record.fields().get(1))
                .containsExactly("3", "4", "5", "6");
        assertThat(rows.skipped()).isEqualTo(2);
    }

    @Test
    void keysSharingCodesAreConfirmedAFewCodesAtATimeWhenTheirValuesOutgrowTheBudget() throws IOException {
        Random random = new Random(3);
        StringBuilder text = new StringBuilder("email,x\n");
        for (int row = 0; row < 20_000; row++) {
            text.append("k")
                    .append(random.nextInt(3_000))
                    .append("@x.com,")
                    .append(row)
                    .append('\n');
        }
        Path path = dir.resolve("collide-many.csv");
        Files.writeString(path, text);
        CsvFile file = CsvFile.open(path, null, null);
        // 3,000 keys in 500 codes spread over the buckets of codes, about 6 keys a code.
        KeyCode key =
                new KeyCode(new int[] {0}, new ValueCleaner[] {value -> value}, hash -> Math.floorMod(hash, 500) << 54);

        for (int parts : new int[] {1, 2}) {
            SupersededRows rows = SupersededRows.scan(file, key, parts, 64 << 10);

            assertThat(lines(kept(file, rows))).as("in %d parts", parts).isEqualTo(lastOfEachKey(file, 0));
        }
    }

    @Test
    void aScanInPartsFindsTheRowsAOnePartScanFindsWhereverTheCutsFall() throws IOException {
        Random random = new Random(11);
        String[] breaks = {"\n", "\r\n", "\r"};
        for (int n = 0; n < 60; n++) {
            StringBuilder text = new StringBuilder(n % 3 == 0 ? "\uFEFFid,note\n" : "id,note\n");
            String lineBreak = breaks[random.nextInt(n % 2 == 0 ? 2 : 3)];
            for (int row = 0, rows = 50 + random.nextInt(400); row < rows; row++) {
                text.append(random.nextInt(80)).append(',');
                switch (random.nextInt(6)) {
                    // Lines inside the quotes that read as rows of their own, keys and all, if a scan starts among
                    // them.
                    case 0 ->
                        text.append("\"several")
                                .append(lineBreak)
                                .append(random.nextInt(80))
                                .append(",like a row, \"\"quoted\"\"")
                                .append(lineBreak)
                                .append(random.nextInt(80))
                                .append(",é\"");
                    case 1 ->
                        text.append("\"")
                                .append("x".repeat(random.nextInt(300)))
                                .append('"');
                    case 2 -> text.append(lineBreak);
                    default -> text.append("plain ").append(row);
                }
                text.append(lineBreak);
            }
            if (n % 10 == 9) {
                text.append("5,\"never closed")
                        .append(lineBreak)
                        .append("6,after")
                        .append(lineBreak);
            }
            Path path = dir.resolve("parts-" + n + ".csv");
            Files.writeString(path, text);
            CsvFile file = CsvFile.open(path, null, null);
            List<Long> whole = lines(kept(
                    file, SupersededRows.scan(file, new int[] {0}, new ValueCleaner[] {NumberCleaners::integer}, 1)));

            for (int parts : new int[] {2, 3, 7, 16}) {
                SupersededRows inParts =
                        SupersededRows.scan(file, new int[] {0}, new ValueCleaner[] {NumberCleaners::integer}, parts);
                assertThat(lines(kept(file, inParts)))
                        .as("file %d in %d parts", n, parts)
                        .isEqualTo(whole);
                // The least budget there is: 16 keys a range's table, the rest written out as runs.
                KeyCode key = new KeyCode(new int[] {0}, new ValueCleaner[] {NumberCleaners::integer}, hash -> hash);
                assertThat(lines(kept(file, SupersededRows.scan(file, key, parts, 1))))
                        .as("file %d in %d parts, keys written out", n, parts)
                        .isEqualTo(whole);
            }
        }
    }

    @Test
    void integerKeysReadInTheirBytesSupersedeTheRowsTheIntegerCleanerSaysTheyDo() throws IOException {
        Random random = new Random(23);
        // Keys that are not plain integers, which only the integer cleaner reads (or rejects).
        String[] unplain = {
            " 12",
            "12 ",
            "1,2",
            "12.0",
            "\"12\"",
            "\"1\"\"2\"",
            "\"1\"2",
            "",
            "  ",
            "-",
            "+12",
            "12a",
            "1e1",
            "1234567890123456789",
            "9999999999999999999",
            "-9223372036854775808",
            "000000000000000000012"
        };
        for (int n = 0; n < 40; n++) {
            int keyField = n % 2;
            String lineBreak = n % 3 == 0 ? "\r\n" : "\n";
            StringBuilder text = new StringBuilder("a,b,c").append(lineBreak);
            for (int row = 0, rows = 200 + random.nextInt(2_000); row < rows; row++) {
                String key = random.nextInt(4) == 0
                        ? unplain[random.nextInt(unplain.length)]
                        : (random.nextInt(5) == 0 ? "-" : "") + "0".repeat(random.nextInt(3)) + random.nextInt(300);
                String other = random.nextInt(20) == 0 ? "\"two" + lineBreak + "lines\"" : "x" + row;
                switch (random.nextInt(keyField == 0 ? 1 : 10)) {
                    // A row too short to have the key.
                    case 1 -> text.append(other);
                    case 2 -> text.append(other).append(',').append(key);
                    default ->
                        text.append(keyField == 0 ? key + "," + other : other + "," + key)
                                .append(",y");
                }
                text.append(lineBreak);
            }
            if (n % 10 == 9) {
                // A key not ASCII, which the byte scanner declines, so that its range is parsed.
                text.append(keyField == 0 ? "\u0661\u0662,x" : "x,\u0661\u0662").append(lineBreak);
            }
            Path path = dir.resolve("integer-keys-" + n + ".csv");
            Files.writeString(path, text);
            CsvFile file = CsvFile.open(path, null, null);
            List<Long> expected = keptByTheIntegerCleaner(file, keyField);

            for (int parts : new int[] {1, 3}) {
                SupersededRows rows = SupersededRows.scan(
                        file, new int[] {keyField}, new ValueCleaner[] {NumberCleaners.INTEGER}, parts);
                assertThat(lines(kept(file, rows)))
                        .as("file %d in %d parts", n, parts)
                        .isEqualTo(expected);
                KeyCode key = new KeyCode(new int[] {keyField}, new ValueCleaner[] {NumberCleaners.INTEGER}, h -> h);
                assertThat(lines(kept(file, SupersededRows.scan(file, key, parts, 1))))
                        .as("file %d in %d parts, keys written out", n, parts)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void cutsAFileOnlyJustAfterLineFeeds() throws IOException {
        Path path = dir.resolve("cuts.csv");
        Files.writeString(path, "id\n" + "1\r\n".repeat(1000));
        CsvFile file = CsvFile.open(path, null, null);

        long[] cuts = file.lineCuts(4);

        assertThat(cuts).hasSize(5).startsWith(0).endsWith(file.size());
        byte[] bytes = Files.readAllBytes(path);
        for (int i = 1; i < cuts.length - 1; i++) {
            assertThat(bytes[(int) cuts[i] - 1]).isEqualTo((byte) '\n');
        }
    }

    /** The records of the file that {@code rows} does not say a later one supersedes. */
    private static List<CsvRecord> kept(CsvFile file, SupersededRows rows) throws IOException {
        List<CsvRecord> kept = new ArrayList<>();
        try (CsvParser parser = file.parser(new AtomicLong())) {
            parser.next();
            CsvRecord record;
            while ((record = parser.next()) != null) {
                if (!rows.superseded(record)) {
                    kept.add(record);
                }
            }
        }
        return kept;
    }

    /** The lines of the last record of each distinct value of the field, in order: what a scan keeps. */
    private static List<Long> lastOfEachKey(CsvFile file, int field) throws IOException {
        Map<String, Long> last = new HashMap<>();
        try (CsvParser parser = file.parser(new AtomicLong())) {
            parser.next();
            CsvRecord record;
            while ((record = parser.next()) != null) {
                last.put(record.fields().get(field), record.line());
            }
        }
        return last.values().stream().sorted().toList();
    }

    /**
     * The lines of the records a later record with the same key does not supersede, each key the integer cleaner's
     * value of the field stripped; a record whose key is empty or not an integer is kept.
     */
    private static List<Long> keptByTheIntegerCleaner(CsvFile file, int field) throws IOException {
        Map<Long, Long> lastLineByKey = new HashMap<>();
        Set<Long> superseded = new HashSet<>();
        List<Long> lines = new ArrayList<>();
        try (CsvParser parser = file.parser(new AtomicLong())) {
            parser.next();
            CsvRecord record;
            while ((record = parser.next()) != null) {
                lines.add(record.line());
                String text = field < record.fields().size()
                        ? record.fields().get(field).strip()
                        : "";
                try {
                    Long earlier =
                            text.isEmpty() ? null : lastLineByKey.put(NumberCleaners.integer(text), record.line());
                    if (earlier != null) {
                        superseded.add(earlier);
                    }
                } catch (InvalidValue e) {
                    // Kept, and rejected by the import.
                }
            }
        }
        lines.removeAll(superseded);
        return lines;
    }

    private static List<Long> lines(List<CsvRecord> records) {
        return records.stream().map(CsvRecord::line).toList();
    }
}
