package dev.ingest.runner;

import dev.ingest.core.RunCounts;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.internal.command.ProgressText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line on a terminal, redrawn in place after each batch: per running stream what the command's
 * {@link ProgressText} says of it ({@code sync}: its records, rate and batches), shortened to fit the terminal's
 * width. Lines printed meanwhile (logs) go above it through {@link #printAbove}. Streams syncing at once share the
 * line, so every call is synchronized.
 */
final class ProgressLine implements SyncListener {

    /** What {@code ingest sync} says of a stream. */
    static final ProgressText COUNTS = (soFar, batches, elapsed) -> String.format(
            Locale.ROOT,
            "%,d records, %,.0f records/s, %d %s",
            soFar.processed(),
            perSecond(soFar, elapsed),
            batches,
            batches == 1 ? "batch" : "batches");

    private final PrintWriter out;
    private final int width;
    private final ProgressText text;
    private final Map<String, StreamProgress> running = new LinkedHashMap<>();
    private int shownWidth;

    /**
     * @param width the terminal's columns
     * @param text  what the line says of a stream after a batch
     */
    ProgressLine(PrintWriter out, int width, ProgressText text) {
        this.out = out;
        this.width = width;
        this.text = text;
    }

    @Override
    public synchronized void streamStarted(String stream, String mode, String cursorBefore) {
        running.put(
                stream,
                new StreamProgress(
                        System.nanoTime(),
                        mode + (cursorBefore == null ? "" : " from " + cursorBefore) + ", reading..."));
        redraw();
    }

    @Override
    public synchronized void streamResumed(String stream, String checkpoint) {
        printAbove(stream + ": " + LogLines.RESUMING);
    }

    @Override
    public synchronized void batchDone(String stream, RunCounts soFar) {
        StreamProgress progress = running.get(stream);
        if (progress == null) {
            return;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - progress.startedNanos);
        progress.batches++;
        progress.records = soFar.processed();
        progress.perSecond = perSecond(soFar, elapsed);
        progress.text = text.of(soFar, progress.batches, elapsed);
        redraw();
    }

    private static double perSecond(RunCounts soFar, Duration elapsed) {
        return soFar.processed() / Math.max(elapsed.toNanos() / 1e9, 1e-3);
    }

    @Override
    public synchronized void streamFinished(StreamResult result) {
        running.remove(result.stream());
        redraw();
    }

    /** Prints a whole line where the progress line is, then draws the progress line again below it. */
    synchronized void printAbove(String line) {
        out.print("\r" + " ".repeat(shownWidth) + "\r");
        out.println(line);
        shownWidth = 0;
        redraw();
    }

    private void redraw() {
        String line = fitted();
        // Spaces wipe whatever was left of a longer previous line.
        out.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())) + (line.isEmpty() ? "\r" : ""));
        out.flush();
        shownWidth = line.length();
    }

    /**
     * The running streams in as much detail as fits: each in full, else each in short, else as many in short as fit
     * (at least the first) and how many more, cut at the width. The last column stays empty, as a character there
     * wraps the line on some terminals.
     */
    String fitted() {
        int room = width - 1;
        List<String> full = new ArrayList<>();
        List<String> brief = new ArrayList<>();
        running.forEach((stream, progress) -> {
            full.add(stream + ": " + progress.text);
            brief.add(
                    progress.batches == 0
                            ? stream
                            : String.format(
                                    Locale.ROOT, "%s %,d (%,.0f/s)", stream, progress.records, progress.perSecond));
        });
        String line = String.join(" | ", full);
        if (line.length() <= room) {
            return line;
        }
        line = String.join(" | ", brief);
        if (line.length() <= room) {
            return line;
        }
        StringBuilder shown = new StringBuilder(brief.get(0));
        for (int i = 1; i < brief.size(); i++) {
            String next = " | " + brief.get(i);
            String moreAfter = i == brief.size() - 1 ? "" : " +" + (brief.size() - i - 1) + " more";
            if (shown.length() + next.length() + moreAfter.length() > room) {
                shown.append(" +").append(brief.size() - i).append(" more");
                break;
            }
            shown.append(next);
        }
        return shown.length() <= room ? shown.toString() : shown.substring(0, room);
    }

    private static final class StreamProgress {
        final long startedNanos;
        String text;
        int batches;
        long records;
        double perSecond;

        StreamProgress(long startedNanos, String text) {
            this.startedNanos = startedNanos;
            this.text = text;
        }
    }
}
