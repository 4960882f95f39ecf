package dev.ingest.csv.processing;

import dev.ingest.csv.cleaning.NumberCleaners;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.input.CsvFile;
import dev.ingest.csv.input.CsvParser;
import dev.ingest.csv.input.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SupersededRowsTest {

    @TempDir
    Path dir;

    @Test
    void skipsEveryRowButTheLastOfEachCleanedKey() throws IOException {
        Path path = dir.resolve("f.csv");
        Files.writeString(path, "id,x\n101,a\n0101,b\n7,c\n,d\n101,e\nbad,f\n7,g\n");
        CsvFile file = CsvFile.open(path, null, null);
        SupersededRows rows = SupersededRows.scan(file, new int[] {0}, new ValueCleaner[] {NumberCleaners::integer});

        List<String> kept = new ArrayList<>();
        try (CsvParser parser = file.parser(new AtomicLong())) {
            parser.next();
            CsvRecord record;
            while ((record = parser.next()) != null) {
                if (!rows.superseded(record)) {
                    kept.add(record.fields().get(1));
                }
            }
        }

        assertThat(kept).containsExactly("d", "e", "f", "g");
        assertThat(rows.skipped()).isEqualTo(3);
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

        long kept = 0;
        try (CsvParser parser = file.parser(new AtomicLong())) {
            parser.next();
            CsvRecord record;
            while ((record = parser.next()) != null) {
                if (!rows.superseded(record)) {
                    assertThat(Integer.parseInt(record.fields().get(1))).isGreaterThanOrEqualTo(20_000);
                    kept++;
                }
            }
        }

        assertThat(kept).isEqualTo(10_000);
        assertThat(rows.skipped()).isEqualTo(20_000);
    }
}
