package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunCounts;
import dev.ingest.core.SyncListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SyncProgressTest {

    @Test
    void on_a_terminal_a_loggers_line_is_printed_whole_above_the_progress_line() {
        StringWriter written = new StringWriter();
        PrintWriter err = new PrintWriter(written);
        try (SyncProgress progress = SyncProgress.open(true, new ProgressLine(err, 80), err, Duration.ofSeconds(30))) {
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
        assertThat(screen.get(1)).matches("people: 9 records, [0-9,]+ records/s, 2 batches");
    }

    @Test
    void without_a_terminal_the_commands_own_listener_hears_the_run_besides_the_log_lines() {
        StringWriter written = new StringWriter();
        List<String> heard = new ArrayList<>();
        SyncListener commands = new SyncListener() {
            @Override
            public void batchDone(String stream, RunCounts soFar) {
                heard.add(stream + " " + soFar.processed());
            }
        };
        try (SyncProgress progress =
                SyncProgress.open(false, commands, new PrintWriter(written), Duration.ofSeconds(30))) {
            progress.listener().streamStarted("people", "full", null);
            progress.listener().batchDone("people", new RunCounts(5, 5, 0, 0, 0));
        }

        assertThat(heard).containsExactly("people 5");
        assertThat(written.toString()).endsWith(" people: started, full" + System.lineSeparator());
    }

    @Test
    void after_the_sync_loggers_write_to_the_standard_error_again() {
        var before = System.err;
        PrintWriter err = new PrintWriter(new StringWriter());
        try (SyncProgress progress = SyncProgress.open(true, new ProgressLine(err, 80), err, Duration.ofSeconds(30))) {
            assertThat(System.err).isNotSameAs(before);
        }

        assertThat(System.err).isSameAs(before);
    }
}
