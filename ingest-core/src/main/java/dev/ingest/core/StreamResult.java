package dev.ingest.core;

import dev.ingest.core.spi.Row;
import java.time.Duration;
import java.util.List;

/**
 * How one stream's sync ended. Immutable but for the rows of {@code sample}, whose value arrays are not copied.
 *
 * @param stream       the stream's name
 * @param runId        the {@code ingest.sync_history} id, or {@code null} for a dry run or a run whose start could
 *                     not be recorded
 * @param mode         {@code full} or {@code incremental}, as {@link dev.ingest.core.spi.SyncMode#label()} writes it
 * @param status       how it ended
 * @param counts       what happened to the records read; read back from the warehouse after a failure or cancel, so
 *                     that they count only what stayed committed
 * @param cursorBefore the cursor the window started from, or {@code null} in a full sync
 * @param cursorAfter  the cursor the next incremental run starts from (in a dry run, the one a real run would
 *                     leave), or {@code null} while the stream has none
 * @param error        what went wrong, as one line without secrets: why the run failed, was skipped or was cut short
 *                     by the source's quota; {@code null} when nothing did
 * @param elapsed      how long the run took
 * @param sample       in a dry run, the first rows as they would be loaded; otherwise empty
 * @param columns      the names of the stream's columns, in the order of a row's values
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

    /**
     * The run's throughput, for reports.
     *
     * @return processed records per second of {@code elapsed} (taken as at least a millisecond)
     */
    public double recordsPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
        return counts.processed() / seconds;
    }
}
