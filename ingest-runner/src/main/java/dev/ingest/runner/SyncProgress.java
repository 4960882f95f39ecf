package dev.ingest.runner;

import dev.ingest.core.RunCounts;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How a run shows its progress while it runs, for every command that syncs. On a terminal the command's own
 * listener draws (a progress line; the loggers' lines are printed above a {@link ProgressLine}). Otherwise (cron,
 * a file) timestamped {@link LogLines} besides it, with a timer so that a progress line comes every interval even
 * while one batch takes long.
 */
final class SyncProgress implements AutoCloseable {

    private final SyncListener listener;
    private final Runnable release;

    private SyncProgress(SyncListener listener, Runnable release) {
        this.listener = listener;
        this.release = release;
    }

    /**
     * @param commands the command's own listener
     * @param every    how often a running stream gets a progress line without a terminal
     */
    static SyncProgress open(boolean terminal, SyncListener commands, PrintWriter err, Duration every) {
        if (terminal) {
            if (!(commands instanceof ProgressLine line)) {
                return new SyncProgress(commands, () -> {});
            }
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
        return new SyncProgress(new Both(commands, lines), timer::shutdownNow);
    }

    SyncListener listener() {
        return listener;
    }

    @Override
    public void close() {
        release.run();
    }

    /** Tells two listeners everything, in order. */
    private record Both(SyncListener first, SyncListener second) implements SyncListener {
        @Override
        public void streamStarted(String stream, String mode, String cursorBefore) {
            first.streamStarted(stream, mode, cursorBefore);
            second.streamStarted(stream, mode, cursorBefore);
        }

        @Override
        public void streamResumed(String stream, String checkpoint) {
            first.streamResumed(stream, checkpoint);
            second.streamResumed(stream, checkpoint);
        }

        @Override
        public void batchDone(String stream, RunCounts soFar) {
            first.batchDone(stream, soFar);
            second.batchDone(stream, soFar);
        }

        @Override
        public void streamFinished(StreamResult result) {
            first.streamFinished(result);
            second.streamFinished(result);
        }
    }
}
