package dev.ingest.runner;

import dev.ingest.core.RunCounts;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a sync does when no one watches a terminal (cron, output sent to a file): a timestamped line as each stream
 * starts and ends, and every interval a line per running stream with its rows and rate, so a log shows a run alive.
 * Streams syncing at once share the output, so every call is synchronized.
 */
final class LogLines implements SyncListener {

    /** Said of a resumed stream; the checkpoint itself is not shown, as a source's next-page address may hold a key. */
    static final String RESUMING = "resuming the interrupted run after its last committed batch";

    private final PrintWriter out;
    private final Clock clock;
    private final Duration every;
    private final Map<String, Running> running = new LinkedHashMap<>();

    /** @param every how long a running stream goes between progress lines */
    LogLines(PrintWriter out, Clock clock, Duration every) {
        this.out = out;
        this.clock = clock;
        this.every = every;
    }

    @Override
    public synchronized void streamStarted(String stream, String mode, String cursorBefore) {
        Instant now = clock.instant();
        running.put(stream, new Running(now));
        line(now, stream + ": started, " + mode + (cursorBefore == null ? "" : " from " + cursorBefore));
    }

    @Override
    public synchronized void streamResumed(String stream, String checkpoint) {
        line(clock.instant(), stream + ": " + RESUMING);
    }

    @Override
    public synchronized void batchDone(String stream, RunCounts soFar) {
        Running progress = running.get(stream);
        if (progress != null) {
            progress.rows = soFar.processed();
        }
        tick();
    }

    @Override
    public synchronized void streamFinished(StreamResult result) {
        running.remove(result.stream());
        RunCounts counts = result.counts();
        line(
                clock.instant(),
                String.format(
                        Locale.ROOT,
                        "%s: %s, %,d rows (%,d created, %,d updated, %,d unchanged, %,d rejected) in %.1f s%s",
                        result.stream(),
                        result.status().label(),
                        counts.processed(),
                        counts.created(),
                        counts.updated(),
                        counts.unchanged(),
                        counts.rejected(),
                        result.elapsed().toMillis() / 1000.0,
                        result.error() == null ? "" : ": " + result.error()));
    }

    /**
     * Writes a progress line for each running stream whose last line is an interval old. Called after each batch and
     * by a timer, so a stream stuck in one long read still shows up.
     */
    synchronized void tick() {
        Instant now = clock.instant();
        running.forEach((stream, progress) -> {
            if (Duration.between(progress.lastLine, now).compareTo(every) >= 0) {
                progress.lastLine = now;
                double seconds =
                        Math.max(Duration.between(progress.started, now).toNanos() / 1e9, 1e-3);
                line(
                        now,
                        String.format(
                                Locale.ROOT,
                                "%s: %,d rows, %,.0f rows/s",
                                stream,
                                progress.rows,
                                progress.rows / seconds));
            }
        });
    }

    private void line(Instant at, String text) {
        out.println(timestamp(clock, at) + " " + text);
        out.flush();
    }

    /** The same form as the loggers' lines: seconds, with the local offset. */
    static String timestamp(Clock clock, Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), clock.getZone()));
    }

    private static final class Running {
        final Instant started;
        Instant lastLine;
        long rows;

        Running(Instant started) {
            this.started = started;
            this.lastLine = started;
        }
    }
}
