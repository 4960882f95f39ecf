package dev.ingest.callrail.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateWindowsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    @Test
    void windowsCoverEveryDayOnceTheLastCutAtTheEnd() {
        assertThat(new DateWindows(30).between(JAN_1, LocalDate.of(2025, 3, 5)))
                .containsExactly(
                        new DateWindows.Window(JAN_1, LocalDate.of(2025, 1, 30)),
                        new DateWindows.Window(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 1)),
                        new DateWindows.Window(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 5)));
    }

    @Test
    void oneDayIsOneWindowAndAnEndBeforeTheStartNone() {
        assertThat(new DateWindows(7).between(JAN_1, JAN_1)).containsExactly(new DateWindows.Window(JAN_1, JAN_1));
        assertThat(new DateWindows(7).between(JAN_1, JAN_1.minusDays(1))).isEmpty();
        assertThatThrownBy(() -> new DateWindows(0)).hasMessageContaining("at least one day");
    }
}
