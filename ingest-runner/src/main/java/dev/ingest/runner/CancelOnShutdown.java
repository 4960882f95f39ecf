package dev.ingest.runner;

import dev.ingest.core.internal.engine.SyncEngine;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * On Ctrl-C, asks the engine to stop after its current batch and holds the JVM open until the sync has
 * returned, so its history rows end {@code cancelled} rather than stuck at {@code running}; then ends the JVM with
 * the command's own exit code, where the JVM would otherwise exit 128 + the signal's number.
 */
final class CancelOnShutdown {

    static final Duration GRACE = Duration.ofSeconds(30);

    private final SyncEngine engine;
    private final PrintWriter err;
    private final boolean terminal;
    /** Opened by {@link #exiting}, once the command has returned its exit code. */
    private static final CountDownLatch exiting = new CountDownLatch(1);

    private static volatile int exitCode = ExitCodes.FAILED;

    private final Thread hook = new Thread(this::cancelAndWait, "ingest-cancel");

    private CancelOnShutdown(SyncEngine engine, PrintWriter err, boolean terminal) {
        this.engine = engine;
        this.err = err;
        this.terminal = terminal;
    }

    /** @param terminal whether a person watches: else the notice is timestamped, as every line of a log is */
    static CancelOnShutdown register(SyncEngine engine, PrintWriter err, boolean terminal) {
        CancelOnShutdown cancel = new CancelOnShutdown(engine, err, terminal);
        Runtime.getRuntime().addShutdownHook(cancel.hook);
        return cancel;
    }

    /** Called by {@code main} with what the command returned, before it exits. */
    static void exiting(int code) {
        exitCode = code;
        exiting.countDown();
    }

    /** Called when the sync is over, whether or not it was cancelled. */
    void release() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running: it ends the JVM once main has its exit code.
        }
    }

    void cancelAndWait() {
        String notice = "ingest: cancelling after the current batch (waiting up to " + GRACE.toSeconds() + " s)";
        if (terminal) {
            // Below the ^C the terminal echoed, past the progress line.
            err.println();
            err.println(notice);
        } else {
            Clock clock = Clock.systemDefaultZone();
            err.println(LogLines.timestamp(clock, clock.instant()) + " " + notice);
        }
        err.flush();
        engine.cancel();
        try {
            exiting.await(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.flush();
        System.err.flush();
        // A JVM shutting down on a signal ignores System.exit's code; halt sets it (a sync cancelled mid-way is 1).
        Runtime.getRuntime().halt(exitCode);
    }
}
