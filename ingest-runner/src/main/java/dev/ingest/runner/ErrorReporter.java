package dev.ingest.runner;

import dev.ingest.core.WarehouseException;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Redaction;
import dev.ingest.core.spi.SourceException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every error into one line on stderr and an exit code; the stack trace only when asked for. */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private final BooleanSupplier verbose;

    ErrorReporter(BooleanSupplier verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        command.getErr()
                .println("ingest: " + oneLine(error.getMessage()) + " (see '"
                        + command.getCommandSpec().qualifiedName() + " --help')");
        command.getErr().flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        boolean expected = error instanceof ConfigException
                || error instanceof WarehouseException
                || error instanceof SourceException;
        String message = expected ? error.getMessage() : unexpected(error);
        err.println(
                "ingest: " + oneLine(message) + (expected || verbose.getAsBoolean() ? "" : " (--verbose shows where)"));
        if (verbose.getAsBoolean()) {
            error.printStackTrace(err);
        }
        err.flush();
        return error instanceof ConfigException ? ExitCodes.USAGE : ExitCodes.FAILED;
    }

    /**
     * An error no part of the program meant to report: its kind with its message, else with the first message among its
     * causes, else with where it was thrown (the first frame of this program's code, else the first of all).
     */
    static String unexpected(Throwable error) {
        String name = error.getClass().getSimpleName();
        if (error.getMessage() != null) {
            return name + ": " + error.getMessage();
        }
        for (Throwable cause = error.getCause(); cause != null && cause != error; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                return name + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        StackTraceElement[] frames = error.getStackTrace();
        return Arrays.stream(frames)
                .filter(frame -> frame.getClassName().startsWith("dev.ingest."))
                .findFirst()
                .or(() -> Arrays.stream(frames).findFirst())
                .map(frame -> name + " at " + frame.getClassName() + "." + frame.getMethodName() + "("
                        + frame.getFileName() + ":" + frame.getLineNumber() + ")")
                .orElse(name);
    }

    /** One line, without secrets, of bounded length: a driver's message may quote a whole statement or a URL. */
    static String oneLine(String text) {
        return text == null ? "" : Redaction.clean(text);
    }
}
