package dev.ingest.csv.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.RawRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    private static final boolean[] BOTH = {true, true};

    @TempDir
    Path dir;

    @Test
    void aFileThatCannotBeReadIsRefusedWithTheReason() throws IOException {
        Path missing = dir.resolve("missing.csv");
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));

        assertThatThrownBy(() -> CsvFile.open(missing, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessage("cannot read CSV file " + missing + ": no such file");
        assertThatThrownBy(() -> CsvFile.open(folder, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessage("cannot read CSV file " + folder + ": it is a directory");
    }

    @Test
    void aUtf16FileIsReadByTheDecodingParserAndNeverScannedInBytes() throws IOException {
        Path path = dir.resolve("utf16.csv");
        Files.write(path, "\uFEFFid,name\n1,Zoë\n2,東京\n".getBytes(StandardCharsets.UTF_16LE));
        CsvFile file = CsvFile.open(path, null, null);

        assertThat(file.headers()).containsExactly("id", "name");
        assertThat(rows(file)).containsExactly(List.of("1", "Zoë"), List.of("2", "東京"));
        assertThat(file.lineCuts(4)).containsExactly(0, file.size());
        assertThat(file.scanInBytes(BOTH, 0, file.size(), record -> {})).isEqualTo(-1);
    }

    @Test
    void aNulInsideAFieldIsPassedThroughWholeOnEveryPath() throws IOException {
        String long1 = "x".repeat(70_000) + "\u0000" + "y".repeat(10);
        Path path = dir.resolve("nul.csv");
        Files.writeString(
                path, "id,note\n1,a\u0000b\n2,\u0000\n3,\"q\u0000\"\n4," + long1 + "\n", StandardCharsets.UTF_8);
        CsvFile file = CsvFile.open(path, null, null);
        List<List<String>> expected =
                List.of(List.of("1", "a\u0000b"), List.of("2", "\u0000"), List.of("3", "q\u0000"), List.of("4", long1));

        assertThat(rows(file)).as("the reader of the import").isEqualTo(expected);
        List<List<String>> ranged = new ArrayList<>();
        try (CsvParser parser = file.parser(BOTH, 0, file.size())) {
            parser.next();
            CsvRecord record;
            while ((record = parser.next()) != null) {
                ranged.add(record.fields());
            }
        }
        assertThat(ranged).as("the parser of a byte range").isEqualTo(expected);
        List<List<String>> scanned = new ArrayList<>();
        assertThat(file.scanInBytes(BOTH, 0, file.size(), record -> scanned.add(List.copyOf(record.fields()))))
                .isPositive();
        assertThat(scanned).as("the byte scanner").isEqualTo(expected);
    }

    private static List<List<String>> rows(CsvFile file) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvRecordReader reader =
                new CsvRecordReader(file, file.headers(), List.of(), 2, null, new AtomicLong(), r -> false)) {
            for (var batch = reader.next(); batch != null; batch = reader.next()) {
                for (RawRecord record : batch.records()) {
                    CsvRow row = (CsvRow) record;
                    assertThat(row.problem()).isNull();
                    rows.add(List.of(row.field(0), row.field(1)));
                }
            }
        }
        return rows;
    }
}
