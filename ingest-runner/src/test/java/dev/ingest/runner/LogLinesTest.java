package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLinesTest {

    private static final Instant START = Instant.parse("2026-12-07T03:00:00Z");

    private final StringWriter written = new StringWriter();
    private final MovableClock clock = new MovableClock();
    private final LogLines lines = new LogLines(new PrintWriter(written), clock, Duration.ofSeconds(30));

    @Test
    void each_stream_start_and_end_is_one_timestamped_line() {
        lines.streamStarted("people", "incremental", "2026-12-01T00:00:00Z");
        clock.advance(Duration.ofMillis(2_500));
        lines.streamFinished(result("people", new RunCounts(7, 5, 1, 0, 1), Duration.ofMillis(2_500)));

        assertThat(output())
                .containsExactly(
                        "2026-12-07T03:00:00Z people: started, incremental from 2026-12-01T00:00:00Z",
                        "2026-12-07T03:00:02Z people: partial, 7 rows (5 created, 1 updated, 0 unchanged, 1 rejected)"
                                + " in 2.5 s");
    }

    @Test
    void a_running_stream_gets_a_line_of_rows_and_rate_every_interval_and_no_more_often() {
        lines.streamStarted("people", "full", null);
        clock.advance(Duration.ofSeconds(10));
        lines.batchDone("people", new RunCounts(1_000, 1_000, 0, 0, 0));
        clock.advance(Duration.ofSeconds(20));
        lines.batchDone("people", new RunCounts(3_000, 3_000, 0, 0, 0));
        clock.advance(Duration.ofSeconds(20));
        lines.tick();
        clock.advance(Duration.ofSeconds(10));
        // A long read: no batch, yet the timer's tick still says where the stream is.
        lines.tick();

        assertThat(output())
                .containsExactly(
                        "2026-12-07T03:00:00Z people: started, full",
                        "2026-12-07T03:00:30Z people: 3,000 rows, 100 rows/s",
                        "2026-12-07T03:01:00Z people: 3,000 rows, 50 rows/s");
    }

    @Test
    void streams_synced_at_once_each_get_their_own_progress_lines() {
        lines.streamStarted("people", "full", null);
        clock.advance(Duration.ofSeconds(15));
        lines.streamStarted("orders", "full", null);
        clock.advance(Duration.ofSeconds(15));
        lines.batchDone("people", new RunCounts(600, 600, 0, 0, 0));
        clock.advance(Duration.ofSeconds(15));
        lines.batchDone("orders", new RunCounts(300, 300, 0, 0, 0));

        assertThat(output())
                .containsExactly(
                        "2026-12-07T03:00:00Z people: started, full",
                        "2026-12-07T03:00:15Z orders: started, full",
                        "2026-12-07T03:00:30Z people: 600 rows, 20 rows/s",
                        "2026-12-07T03:00:45Z orders: 300 rows, 10 rows/s");
    }

    @Test
    void a_resumed_stream_says_so_without_showing_its_checkpoint() {
        lines.streamStarted("people", "full", null);
        lines.streamResumed("people", "https://api.example.com/people?after=99&key=k");

        assertThat(output())
                .containsExactly(
                        "2026-12-07T03:00:00Z people: started, full",
                        "2026-12-07T03:00:00Z people: resuming the interrupted run after its last committed batch");
    }

    @Test
    void timestamps_carry_the_local_offset() {
        Clock paris = Clock.fixed(START, ZoneId.of("Europe/Paris"));

        assertThat(LogLines.timestamp(paris, START.plusMillis(900))).isEqualTo("2026-12-07T04:00:00+01:00");
    }

    private List<String> output() {
        return written.toString().lines().toList();
    }

    private static StreamResult result(String stream, RunCounts counts, Duration elapsed) {
        return new StreamResult(
                stream,
                "run-1",
                "incremental",
                RunStatus.PARTIAL,
                counts,
                null,
                null,
                null,
                elapsed,
                List.of(),
                List.of());
    }

    private static final class MovableClock extends Clock {
        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
