package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class ErrorReporterTest {

    private final StringWriter written = new StringWriter();

    private String report(Exception error) {
        CommandLine command = new CommandLine(CommandSpec.create());
        command.setErr(new PrintWriter(written, true));
        int code = new ErrorReporter(() -> false).handleExecutionException(error, command, null);
        assertThat(code).isEqualTo(ExitCodes.FAILED);
        return written.toString();
    }

    @Test
    void an_unexpected_error_without_a_message_is_named_with_where_it_was_thrown() {
        IllegalStateException error = new IllegalStateException();
        StackTraceElement thrownAt = error.getStackTrace()[0];

        assertThat(report(error))
                .isEqualTo("ingest: IllegalStateException at dev.ingest.runner.ErrorReporterTest."
                        + thrownAt.getMethodName() + "(ErrorReporterTest.java:" + thrownAt.getLineNumber()
                        + ") (--verbose shows where)" + System.lineSeparator());
    }

    @Test
    void an_unexpected_error_without_a_message_gives_its_causes_message() {
        Exception error = new RuntimeException(null, new ConnectException("connection refused to 127.0.0.1:9"));

        assertThat(report(error))
                .startsWith("ingest: RuntimeException: ConnectException: connection refused to 127.0.0.1:9")
                .doesNotContain("null");
    }

    @Test
    void an_unexpected_error_with_a_message_shows_its_name_and_message() {
        assertThat(report(new IllegalArgumentException("no such mode 'x'")))
                .isEqualTo("ingest: IllegalArgumentException: no such mode 'x' (--verbose shows where)"
                        + System.lineSeparator());
    }
}
