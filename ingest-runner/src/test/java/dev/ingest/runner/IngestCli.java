package dev.ingest.runner;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code ingest} in-process with the given environment, capturing what it prints. */
final class IngestCli {

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private IngestCli() {}

    static Result run(Map<String, String> environment, String... args) {
        return run(environment, false, args);
    }

    static Result run(Map<String, String> environment, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = IngestCommand.commandLine(environment, terminal);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
