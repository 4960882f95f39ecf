package dev.ingest.csv.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** {@link CalendarFields} says what java.time's factories say, for every number around each field's edges. */
class CalendarFieldsTest {

    /** What java.time itself says of the numbers: null when they make a value, else its exception's message. */
    private interface Factory {
        void make() throws DateTimeException;
    }

    private static String javaTimeSays(Factory factory) {
        try {
            factory.make();
            return null;
        } catch (DateTimeException e) {
            return e.getMessage();
        }
    }

    @Test
    void explainsImpossibleDatesInJavaTimesOwnWords() {
        int[] years = {
            -1_000_000_000, -999_999_999, -1, 0, 1900, 1999, 2000, 2023, 2024, 9999, 999_999_999, 1_000_000_000
        };
        int checked = 0;
        int impossible = 0;
        for (int year : years) {
            for (int month = -1; month <= 14; month++) {
                for (int day = -1; day <= 33; day++) {
                    int y = year;
                    int m = month;
                    int d = day;
                    String expected = javaTimeSays(() -> LocalDate.of(y, m, d));
                    assertThat(CalendarFields.dateProblem(y, m, d))
                            .as("%d-%d-%d", y, m, d)
                            .isEqualTo(expected);
                    assertThat(CalendarFields.isDate(y, m, d))
                            .as("%d-%d-%d", y, m, d)
                            .isEqualTo(expected == null);
                    checked++;
                    impossible += expected == null ? 0 : 1;
                }
            }
        }
        assertThat(impossible).isGreaterThan(checked / 3).isLessThan(checked);
    }

    @Test
    void explainsImpossibleTimesInJavaTimesOwnWords() {
        int[] nanos = {-1, 0, 1, 999_999_999, 1_000_000_000};
        int impossible = 0;
        for (int hour = -1; hour <= 25; hour++) {
            for (int minute = -1; minute <= 61; minute++) {
                for (int second = -1; second <= 61; second += 2) {
                    for (int nano : nanos) {
                        int h = hour;
                        int m = minute;
                        int s = second;
                        String expected = javaTimeSays(() -> LocalTime.of(h, m, s, nano));
                        assertThat(CalendarFields.timeProblem(h, m, s, nano))
                                .as("%d:%d:%d.%d", h, m, s, nano)
                                .isEqualTo(expected);
                        impossible += expected == null ? 0 : 1;
                    }
                }
            }
        }
        assertThat(impossible).isPositive();
    }
}
