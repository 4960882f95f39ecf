package dev.ingest.csv.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordReaderTest {

    @TempDir
    Path dir;

    private CsvFile file(String text) throws IOException {
        Path path = dir.resolve("f.csv");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return CsvFile.open(path, null, null);
    }

    @Test
    void resumesAfterTheLastCommittedBatchWithItsLineNumbers() throws IOException {
        CsvFile file = file("id,note\r\n1,\"two\r\nlines\"\r\n2,b\r\n3,c\r\n4,d\r\n");
        String checkpoint;
        try (CsvRecordReader reader =
                new CsvRecordReader(file, file.headers(), file.headers(), 2, null, new AtomicLong(), r -> false)) {
            checkpoint = reader.next().checkpoint();
        }

        try (CsvRecordReader resumed = new CsvRecordReader(
                file, file.headers(), file.headers(), 2, checkpoint, new AtomicLong(), r -> false)) {
            Batch batch = resumed.next();
            assertThat(batch.records()).extracting(RawRecord::location).containsExactly("line 5", "line 6");
            assertThat(batch.records())
                    .extracting(r -> r.data().get("id").asText())
                    .containsExactly("3", "4");
            assertThat(resumed.next()).isNull();
        }
    }

    @Test
    void aCheckpointFromAnotherVersionOfTheFileStartsOver() throws IOException {
        CsvFile file = file("id\n1\n2\n");
        try (CsvRecordReader reader = new CsvRecordReader(
                file, file.headers(), file.headers(), 10, "5:3:/elsewhere|9|0", new AtomicLong(), r -> false)) {
            assertThat(reader.next().records()).hasSize(2);
        }
    }

    @Test
    void padsShortRowsKeepsEmptyExtrasAndMarksRowsWithExtraValues() throws IOException {
        CsvFile file = file("a,b,c\n1\n1,2,3,,\n1,2,3,4\n");
        AtomicLong bytes = new AtomicLong();
        try (CsvRecordReader reader =
                new CsvRecordReader(file, file.headers(), file.headers(), 10, null, bytes, r -> false)) {
            List<RawRecord> records = reader.next().records();
            assertThat(records.get(0).data().toString()).isEqualTo("{\"a\":\"1\"}");
            assertThat(((CsvRow) records.get(0)).field(2)).isEmpty();
            assertThat(((CsvRow) records.get(1)).problem()).isNull();
            assertThat(records.get(1).data().get("_extra").toString()).isEqualTo("[\"\",\"\"]");
            assertThat(((CsvRow) records.get(2)).problem()).isEqualTo("the row has 4 fields, the header 3");
            assertThat(records)
                    .allSatisfy(record ->
                            assertThat(record.json()).isEqualTo(record.data().toString()));
        }
        assertThat(bytes.get()).isEqualTo(file.size());
    }

    @Test
    void givesEachRowsExactTextWhetherTheParserKeptItOrTheRowIsRebuiltFromItsFields() throws IOException {
        Random random = new Random(5);
        String[] values = {
            "1", "", " padded ", "a\"stray", "\"quoted; with delimiter\"", "\"two\nlines\"", "é", "\"\"\"\""
        };
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < 3; f++) {
                fields.add(values[random.nextInt(values.length)]);
            }
            lines.add(String.join(";", fields));
        }
        CsvFile file = file("a;b;c\r\n" + String.join("\r\n", lines) + "\r\n");
        List<String> texts = new ArrayList<>();
        try (CsvRecordReader reader =
                new CsvRecordReader(file, file.headers(), file.headers(), 64, null, new AtomicLong(), r -> false)) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                batch.records().forEach(record -> texts.add(record.originalText()));
            }
        }
        assertThat(texts).isEqualTo(lines);
    }
}
