package dev.ingest.csv;

import dev.ingest.core.RunCounts;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of an import on a terminal, by bytes of the file read: one line rewritten in place with the
 * share read, rows, rows per second and the time left.
 */
public final class ImportProgress implements SyncListener {

    private final CsvImport imp;
    private final PrintWriter out;
    private final LongSupplier nanoClock;
    private final long started;

    public ImportProgress(CsvImport imp, PrintWriter out, LongSupplier nanoClock) {
        this.imp = imp;
        this.out = out;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    @Override
    public void batchDone(String stream, RunCounts soFar) {
        out.print("\r" + line(soFar, imp.bytesRead(), imp.fileSize(), nanoClock.getAsLong() - started));
        out.flush();
    }

    @Override
    public void streamFinished(StreamResult result) {
        out.println();
    }

    /** {@code " 42% 420,000 rows  95,000 rows/s  ETA 0:06"}. */
    static String line(RunCounts counts, long bytesRead, long fileSize, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        double share = fileSize == 0 ? 1 : Math.min(1, (double) bytesRead / fileSize);
        long eta = share <= 0 ? 0 : Math.round(seconds / share - seconds);
        return String.format(
                Locale.ROOT,
                "%3.0f%% %,d rows  %,.0f rows/s  ETA %d:%02d",
                share * 100,
                counts.processed(),
                counts.processed() / seconds,
                eta / 60,
                eta % 60);
    }
}
