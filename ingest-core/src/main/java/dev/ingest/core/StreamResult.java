package dev.ingest.core;

import dev.ingest.core.spi.Row;
import java.time.Duration;
import java.util.List;

/**
 * How one stream's sync ended.
 *
 * @param runId  the {@code ingest.sync_history} id, or {@code null} for a dry run
 * @param sample  in a dry run, the first rows as they would be loaded; otherwise empty
 * @param columns the names of the stream's columns, in the order of a row's values
 */
public record StreamResult(
        String stream,
        String runId,
        String mode,
        RunStatus status,
        RunCounts counts,
        String cursorBefore,
        String cursorAfter,
        String error,
        Duration elapsed,
        List<Row> sample,
        List<String> columns) {

    public double recordsPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
        return counts.processed() / seconds;
    }
}
