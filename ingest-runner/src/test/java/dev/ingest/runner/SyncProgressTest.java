package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunCounts;
import dev.ingest.core.internal.command.ProgressText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SyncProgressTest {

    private static final Duration EVERY = Duration.ofSeconds(30);
    /** What a command of a connector module (an import) might say of its stream. */
    private static final ProgressText SHARE_READ =
            (soFar, batches, elapsed) -> soFar.processed() + " rows, " + (soFar.processed() * 10) + "% of the file";

    @Test
    void on_a_terminal_a_loggers_line_is_printed_whole_above_the_line_of_the_commands_progress_text() {
        StringWriter written = new StringWriter();
        PrintWriter err = new PrintWriter(written);
        try (SyncProgress progress = SyncProgress.open(true, SHARE_READ, err, () -> 80, EVERY)) {
            progress.listener().streamStarted("people", "full", null);
            progress.listener().batchDone("people", new RunCounts(5, 5, 0, 0, 0));

            LoggerFactory.getLogger(SyncProgressTest.class).warn("the source answered 503; trying again");

            progress.listener().batchDone("people", new RunCounts(9, 9, 0, 0, 0));
        }

        List<String> screen = TerminalScreen.lines(written.toString());
        assertThat(screen).hasSize(2);
        assertThat(screen.get(0))
                .matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})"
                        + " WARN SyncProgressTest - the source answered 503; trying again");
        assertThat(screen.get(1)).isEqualTo("people: 9 rows, 90% of the file");
    }

    @Test
    void on_a_terminal_the_commands_progress_text_is_fitted_to_the_width() {
        StringWriter written = new StringWriter();
        try (SyncProgress progress = SyncProgress.open(true, SHARE_READ, new PrintWriter(written), () -> 20, EVERY)) {
            progress.listener().streamStarted("people", "full", null);
            progress.listener().batchDone("people", new RunCounts(5, 5, 0, 0, 0));
        }

        assertThat(TerminalScreen.lines(written.toString()))
                .singleElement()
                .asString()
                .startsWith("people 5 (");
    }

    @Test
    void without_a_terminal_the_run_is_told_in_timestamped_lines_and_the_width_is_not_asked() {
        StringWriter written = new StringWriter();
        IntSupplier noTerminal = () -> {
            throw new AssertionError("no terminal to measure");
        };
        try (SyncProgress progress =
                SyncProgress.open(false, SHARE_READ, new PrintWriter(written), noTerminal, EVERY)) {
            progress.listener().streamStarted("people", "full", null);
            progress.listener().batchDone("people", new RunCounts(5, 5, 0, 0, 0));
        }

        assertThat(written.toString()).endsWith(" people: started, full" + System.lineSeparator());
    }

    @Test
    void after_the_sync_loggers_write_to_the_standard_error_again() {
        var before = System.err;
        PrintWriter err = new PrintWriter(new StringWriter());
        try (SyncProgress progress = SyncProgress.open(true, ProgressLine.COUNTS, err, () -> 80, EVERY)) {
            assertThat(System.err).isNotSameAs(before);
        }

        assertThat(System.err).isSameAs(before);
    }
}
