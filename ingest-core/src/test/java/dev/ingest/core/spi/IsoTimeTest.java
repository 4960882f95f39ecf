package dev.ingest.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimeTest {

    @Test
    void formatsAndParsesLikeInstantToTheMillisecond() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(
                    Instant.parse("1970-01-01T00:00:00Z").toEpochMilli(),
                    Instant.parse("2999-12-31T23:59:59.999Z").toEpochMilli()));
            String text = IsoTime.format(instant.toEpochMilli());
            assertThat(Instant.parse(text)).isEqualTo(instant);
            assertThat(IsoTime.parse(text)).isEqualTo(instant);
            assertThat(IsoTime.parseDate(text.substring(0, 10))).isEqualTo(LocalDate.parse(text.substring(0, 10)));
        }
    }

    @Test
    void parsesOtherIsoFormsWithAnOffsetOrWithoutOneAsUtc() {
        assertThat(IsoTime.parse("2024-01-01T00:00:00Z")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(IsoTime.parse("2024-01-01T00:00:00.123456Z"))
                .isEqualTo(Instant.parse("2024-01-01T00:00:00.123456Z"));
        assertThat(IsoTime.parse("2024-01-01T02:00:00+02:00")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(IsoTime.parse("2024-01-01T00:00:00.5")).isEqualTo(Instant.parse("2024-01-01T00:00:00.500Z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-02-30T00:00:00.000Z",
                "2024-01-01T24:00:00.000Z",
                "2024-01-01T00:60:00.000Z",
                "2024-0a-01T00:00:00.000Z",
                "yesterday"
            })
    void rejectsWhatIsNotAnInstant(String text) {
        assertThatThrownBy(() -> IsoTime.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-1-01", "20240101"})
    void rejectsWhatIsNotADate(String text) {
        assertThatThrownBy(() -> IsoTime.parseDate(text)).isInstanceOf(DateTimeParseException.class);
    }
}
