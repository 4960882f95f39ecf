package dev.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunCounts;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void showsShareReadRateAndTimeLeftByBytes() {
        RunCounts counts = new RunCounts(400_000, 390_000, 0, 0, 10_000);

        assertThat(ImportProgress.line(counts, 40, 100, 4_000_000_000L))
                .isEqualTo(" 40% 400,000 rows  100,000 rows/s  ETA 0:06");
    }
}
