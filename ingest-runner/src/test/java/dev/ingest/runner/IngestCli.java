package dev.ingest.runner;

import java.io.PrintWriter;
import java.io.StringReader;
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
        return run(environment, terminal, "", args);
    }

    /** @param input what the user types, for commands that ask */
    static Result answering(String input, Map<String, String> environment, String... args) {
        return run(environment, false, input, args);
    }

    private static Result run(Map<String, String> environment, boolean terminal, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = IngestCommand.commandLine(environment, terminal, new StringReader(input));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
