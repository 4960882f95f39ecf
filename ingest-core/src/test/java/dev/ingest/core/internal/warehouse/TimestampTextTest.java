package dev.ingest.core.internal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimestampTextTest {

    private static final DateTimeFormatter EXPECTED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS'+00'");

    @Test
    void writesWhatTheJdkWritesForEveryInstantOfFourCenturies() {
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("1800-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
            assertThat(TimestampText.format(instant))
                    .isEqualTo(EXPECTED.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)));
        }
    }

    @Test
    void fallsBackToIsoTextOutsideFourDigitYears() {
        assertThat(TimestampText.format(Instant.parse("0999-12-31T23:59:59Z"))).isEqualTo("0999-12-31T23:59:59Z");
        assertThat(TimestampText.format(Instant.parse("+10000-01-01T00:00:00Z")))
                .isEqualTo("+10000-01-01T00:00:00Z");
        assertThat(TimestampText.format(Instant.parse("1000-01-01T00:00:00Z")))
                .isEqualTo("1000-01-01 00:00:00.000000+00");
    }
}
