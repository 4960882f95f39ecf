package dev.ingest.runner;

import dev.ingest.core.SyncListener;
import dev.ingest.core.internal.command.ProgressText;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * How a run shows its progress while it runs, for every command that syncs. On a terminal a {@link ProgressLine}
 * saying what the command's {@link ProgressText} makes of each batch, the loggers' lines printed above it. Otherwise
 * (cron, a file) timestamped {@link LogLines}, with a timer so that a progress line comes every interval even while
 * one batch takes long.
 */
final class SyncProgress implements AutoCloseable {

    private final SyncListener listener;
    private final Runnable release;

    private SyncProgress(SyncListener listener, Runnable release) {
        this.listener = listener;
        this.release = release;
    }

    /**
     * @param text  what the progress line says of a stream, on a terminal
     * @param width the terminal's columns, asked for only on a terminal
     * @param every how often a running stream gets a progress line without a terminal
     */
    static SyncProgress open(boolean terminal, ProgressText text, PrintWriter err, IntSupplier width, Duration every) {
        if (terminal) {
            ProgressLine line = new ProgressLine(err, width.getAsInt(), text);
            PrintStream loggers = System.err;
            // Written and read back in one charset, so a logger's text comes through as it was.
            Charset charset = Charset.defaultCharset();
            LinesAbove above = new LinesAbove(line, charset);
            // The loggers write to whatever System.err is when they write.
            System.setErr(new PrintStream(above, true, charset));
            return new SyncProgress(line, () -> {
                above.close();
                System.setErr(loggers);
            });
        }
        LogLines lines = new LogLines(err, Clock.systemDefaultZone(), every);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "progress-lines");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(lines::tick, 1, 1, TimeUnit.SECONDS);
        return new SyncProgress(lines, timer::shutdownNow);
    }

    SyncListener listener() {
        return listener;
    }

    @Override
    public void close() {
        release.run();
    }
}
