package dev.ingest.arrivy.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.SyncMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TaskWindowTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:34:56.789Z");
    private final TaskWindow window = new TaskWindow(
            Duration.ofDays(30),
            Duration.ofDays(90),
            Instant.parse("2015-01-01T00:00:00Z"),
            Duration.ofDays(30),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFullSyncReadsFromTheStartDateToTheFutureEdge() {
        assertThat(window.range(new ReadRequest(SyncMode.FULL, null, null, 10)))
                .isEqualTo(new SlicedRange.Slice(
                        Instant.parse("2015-01-01T00:00:00Z"), Instant.parse("2024-08-30T12:34:56Z")));
    }

    @Test
    void anIncrementalRunReadsTheRollingWindowWhateverLaterCursorItHas() {
        assertThat(window.range(new ReadRequest(SyncMode.INCREMENTAL, "2024-08-29T00:00:00Z", null, 10)))
                .isEqualTo(new SlicedRange.Slice(
                        Instant.parse("2024-05-02T12:34:56Z"), Instant.parse("2024-08-30T12:34:56Z")));
    }

    @Test
    void anEarlierCursorAsSinceGivesItWidensTheWindow() {
        assertThat(window.range(new ReadRequest(SyncMode.INCREMENTAL, "2024-01-15T08:00:00.5Z", null, 10)))
                .isEqualTo(new SlicedRange.Slice(
                        Instant.parse("2024-01-15T08:00:00Z"), Instant.parse("2024-08-30T12:34:56Z")));
    }
}
