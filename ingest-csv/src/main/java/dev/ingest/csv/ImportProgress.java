package dev.ingest.csv;

import dev.ingest.core.RunCounts;
import dev.ingest.core.internal.command.ProgressText;
import java.time.Duration;
import java.util.Locale;

/** What an import's progress line says, by bytes of the file read: the share read, rows, rows per second, time left. */
public final class ImportProgress implements ProgressText {

    private final CsvImport imp;

    public ImportProgress(CsvImport imp) {
        this.imp = imp;
    }

    @Override
    public String of(RunCounts soFar, int batches, Duration elapsed) {
        return line(soFar, imp.bytesRead(), imp.fileSize(), elapsed);
    }

    /** {@code "42% of the file, 420,000 rows, 95,000 rows/s, ETA 0:06"}. */
    static String line(RunCounts counts, long bytesRead, long fileSize, Duration elapsed) {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
        double share = fileSize == 0 ? 1 : Math.min(1, (double) bytesRead / fileSize);
        long eta = share <= 0 ? 0 : Math.round(seconds / share - seconds);
        return String.format(
                Locale.ROOT,
                "%.0f%% of the file, %,d rows, %,.0f rows/s, ETA %d:%02d",
                share * 100,
                counts.processed(),
                counts.processed() / seconds,
                eta / 60,
                eta % 60);
    }
}
