package dev.ingest.genius.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MysqlDatesTest {

    @Test
    void datetimesOfEveryPrecisionAndDatesParse() {
        assertThat(MysqlDates.instant("2024-02-29 23:59:58", ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2024-02-29T23:59:58Z"));
        assertThat(MysqlDates.instant("2024-02-29 23:59:58.5", ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2024-02-29T23:59:58.500Z"));
        assertThat(MysqlDates.instant("2024-02-29 23:59:58.000123", ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2024-02-29T23:59:58.000123Z"));
        assertThat(MysqlDates.instant("2024-07-01 12:00:00", ZoneId.of("Europe/Paris")))
                .isEqualTo(Instant.parse("2024-07-01T10:00:00Z"));
        assertThat(MysqlDates.instant("2024-07-01", ZoneOffset.UTC)).isEqualTo(Instant.parse("2024-07-01T00:00:00Z"));
        assertThat(MysqlDates.date("1999-12-31 10:00:00")).isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void aDatetimeIsWrittenAsTheReaderGivesItWithoutTheZerosOfItsFraction() {
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertThat(MysqlDates.format(Instant.parse("2024-07-01T10:00:00Z"), paris))
                .isEqualTo("2024-07-01 12:00:00");
        assertThat(MysqlDates.format(Instant.parse("2024-07-01T10:00:00.250Z"), paris))
                .isEqualTo("2024-07-01 12:00:00.25");
        assertThat(MysqlDates.format(Instant.parse("0999-07-01T10:00:00.000123Z"), ZoneOffset.UTC))
                .isEqualTo("0999-07-01 10:00:00.000123");
        assertThat(MysqlDates.trimmed("2024-07-01 12:00:00.000000")).isEqualTo("2024-07-01 12:00:00");
        assertThat(MysqlDates.trimmed("2024-07-01 12:00:00.250000")).isEqualTo("2024-07-01 12:00:00.25");
        assertThat(MysqlDates.trimmed("2024-07-01")).isEqualTo("2024-07-01");
    }

    @Test
    void zeroDatesAndPartlyZeroDatesAreRecognised() {
        assertThat(MysqlDates.isZero("0000-00-00")).isTrue();
        assertThat(MysqlDates.isZero("0000-00-00 00:00:00")).isTrue();
        assertThat(MysqlDates.isZero("1975-00-00")).isTrue();
        assertThat(MysqlDates.isZero("2024-03-00")).isTrue();
        assertThat(MysqlDates.isZero("2024-03-01 00:00:00")).isFalse();
    }

    @Test
    void malformedTextIsRefusedWithItsValue() {
        assertThatThrownBy(() -> MysqlDates.instant("2024-13-01 00:00:00", ZoneOffset.UTC))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> MysqlDates.instant("yesterday", ZoneOffset.UTC))
                .hasMessage("'yesterday' is not a MySQL date");
    }
}
