package dev.ingest.runner;

import dev.ingest.core.engine.SyncEngine;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * On Ctrl-C, asks the engine to stop after its current batch and holds the JVM open until the sync has
 * returned, so its history rows end {@code cancelled} rather than stuck at {@code running}.
 */
final class CancelOnShutdown {

    static final Duration GRACE = Duration.ofSeconds(30);

    private final SyncEngine engine;
    private final PrintWriter err;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::cancelAndWait, "ingest-cancel");

    private CancelOnShutdown(SyncEngine engine, PrintWriter err) {
        this.engine = engine;
        this.err = err;
    }

    static CancelOnShutdown register(SyncEngine engine, PrintWriter err) {
        CancelOnShutdown cancel = new CancelOnShutdown(engine, err);
        Runtime.getRuntime().addShutdownHook(cancel.hook);
        return cancel;
    }

    /** Called when the sync is over, whether or not it was cancelled. */
    void release() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running, and returns now that the latch is open.
        }
    }

    void cancelAndWait() {
        err.println();
        err.println("ingest: cancelling after the current batch (waiting up to " + GRACE.toSeconds() + " s)");
        err.flush();
        engine.cancel();
        try {
            finished.await(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
