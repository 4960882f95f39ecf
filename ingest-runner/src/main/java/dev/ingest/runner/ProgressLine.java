package dev.ingest.runner;

import dev.ingest.core.engine.StreamResult;
import dev.ingest.core.engine.SyncListener;
import dev.ingest.core.history.RunCounts;

import java.io.PrintWriter;
import java.util.Locale;

/** One line on a terminal, redrawn in place after each batch: stream, records, rate, batches. */
final class ProgressLine implements SyncListener {

    private final PrintWriter out;
    private long startedNanos;
    private int batches;
    private int shownWidth;

    ProgressLine(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void streamStarted(String stream, String mode, String cursorBefore) {
        startedNanos = System.nanoTime();
        batches = 0;
        show(stream + ": " + mode + (cursorBefore == null ? "" : " from " + cursorBefore) + ", reading...");
    }

    @Override
    public void batchDone(String stream, RunCounts soFar) {
        batches++;
        double seconds = Math.max((System.nanoTime() - startedNanos) / 1e9, 1e-3);
        show(String.format(Locale.ROOT, "%s: %,d records, %,.0f records/s, %d %s",
                stream, soFar.processed(), soFar.processed() / seconds, batches, batches == 1 ? "batch" : "batches"));
    }

    @Override
    public void streamFinished(StreamResult result) {
        out.print("\r" + " ".repeat(shownWidth) + "\r");
        out.flush();
        shownWidth = 0;
    }

    private void show(String line) {
        // Spaces wipe whatever was left of a longer previous line.
        out.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        out.flush();
        shownWidth = line.length();
    }
}
