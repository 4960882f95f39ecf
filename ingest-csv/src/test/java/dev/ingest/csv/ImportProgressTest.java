package dev.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunCounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void showsShareReadRateAndTimeLeftByBytes() {
        RunCounts counts = new RunCounts(400_000, 390_000, 0, 0, 10_000);

        assertThat(ImportProgress.line(counts, 40, 100, Duration.ofSeconds(4)))
                .isEqualTo("40% of the file, 400,000 rows, 100,000 rows/s, ETA 0:06");
    }

    @Test
    void anEmptyFileIsWhollyRead() {
        assertThat(ImportProgress.line(RunCounts.ZERO, 0, 0, Duration.ofMillis(10)))
                .isEqualTo("100% of the file, 0 rows, 0 rows/s, ETA 0:00");
    }
}
