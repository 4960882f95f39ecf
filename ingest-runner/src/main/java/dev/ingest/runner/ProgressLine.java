package dev.ingest.runner;

import dev.ingest.core.engine.StreamResult;
import dev.ingest.core.engine.SyncListener;
import dev.ingest.core.history.RunCounts;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One line on a terminal, redrawn in place after each batch: per running stream its records, rate and
 * batches. Streams syncing at once share the line, so every call is synchronized.
 */
final class ProgressLine implements SyncListener {

    private final PrintWriter out;
    private final Map<String, StreamProgress> running = new LinkedHashMap<>();
    private int shownWidth;

    ProgressLine(PrintWriter out) {
        this.out = out;
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
    public synchronized void batchDone(String stream, RunCounts soFar) {
        StreamProgress progress = running.get(stream);
        if (progress == null) {
            return;
        }
        progress.batches++;
        double seconds = Math.max((System.nanoTime() - progress.startedNanos) / 1e9, 1e-3);
        progress.text = String.format(
                Locale.ROOT,
                "%,d records, %,.0f records/s, %d %s",
                soFar.processed(),
                soFar.processed() / seconds,
                progress.batches,
                progress.batches == 1 ? "batch" : "batches");
        redraw();
    }

    @Override
    public synchronized void streamFinished(StreamResult result) {
        running.remove(result.stream());
        redraw();
    }

    private void redraw() {
        StringBuilder line = new StringBuilder();
        running.forEach((stream, progress) -> line.append(line.isEmpty() ? "" : " | ")
                .append(stream)
                .append(": ")
                .append(progress.text));
        // Spaces wipe whatever was left of a longer previous line.
        out.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())) + (line.isEmpty() ? "\r" : ""));
        out.flush();
        shownWidth = line.length();
    }

    private static final class StreamProgress {
        final long startedNanos;
        String text;
        int batches;

        StreamProgress(long startedNanos, String text) {
            this.startedNanos = startedNanos;
            this.text = text;
        }
    }
}
