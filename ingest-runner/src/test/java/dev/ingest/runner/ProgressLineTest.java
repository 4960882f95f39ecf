package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunCounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final StringWriter written = new StringWriter();

    @Test
    void streams_synced_at_once_share_a_line_that_fits_the_terminal() {
        ProgressLine line = new ProgressLine(new PrintWriter(written), 60, ProgressLine.COUNTS);
        List<String> streams = List.of("contacts", "companies", "deals", "tickets", "line_items", "owners");
        for (String stream : streams) {
            line.streamStarted(stream, "incremental", "2026-12-01T00:00:00.000Z");
        }
        for (String stream : streams) {
            line.batchDone(stream, new RunCounts(123_456, 123_456, 0, 0, 0));
        }

        assertThat(TerminalScreen.lines(written.toString()))
                .allSatisfy(shown -> assertThat(shown.length()).isLessThan(60));
        assertThat(line.fitted()).startsWith("contacts 123,456 (").endsWith(" more");
    }

    @Test
    void on_a_narrow_terminal_the_first_stream_is_cut_at_the_width() {
        ProgressLine line = new ProgressLine(new PrintWriter(written), 20, ProgressLine.COUNTS);
        line.streamStarted("contacts", "full", null);
        line.streamStarted("deals", "full", null);
        line.batchDone("contacts", new RunCounts(160_000, 160_000, 0, 0, 0));

        assertThat(line.fitted()).hasSize(19).startsWith("contacts 160,000 (");
    }

    @Test
    void a_line_that_fits_shows_each_stream_in_full() {
        ProgressLine line = new ProgressLine(new PrintWriter(written), 200, ProgressLine.COUNTS);
        line.streamStarted("people", "full", null);
        line.streamStarted("orders", "full", null);
        line.batchDone("people", new RunCounts(2, 2, 0, 0, 0));

        assertThat(line.fitted())
                .matches("people: 2 records, [0-9,]+ records/s, 1 batch \\| orders: full, reading\\.\\.\\.");
    }

    @Test
    void streams_in_short_when_that_fits() {
        ProgressLine line = new ProgressLine(new PrintWriter(written), 50, ProgressLine.COUNTS);
        line.streamStarted("people", "full", null);
        line.streamStarted("orders", "full", null);
        line.batchDone("people", new RunCounts(2_000, 2_000, 0, 0, 0));

        assertThat(line.fitted()).matches("people 2,000 \\([0-9,]+/s\\) \\| orders");
    }

    @Test
    void a_printed_line_goes_above_the_progress_line_which_is_drawn_again() {
        ProgressLine line = new ProgressLine(new PrintWriter(written), 80, ProgressLine.COUNTS);
        line.streamStarted("people", "full", null);
        line.batchDone("people", new RunCounts(5, 5, 0, 0, 0));

        line.printAbove("WARN the source is slow");

        List<String> screen = TerminalScreen.lines(written.toString());
        assertThat(screen).hasSize(2);
        assertThat(screen.get(0)).isEqualTo("WARN the source is slow");
        assertThat(screen.get(1)).matches("people: 5 records, [0-9,]+ records/s, 1 batch");
    }
}
