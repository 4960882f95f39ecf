package dev.ingest.arrivy.window;

import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.SyncMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The scheduled times a run reads, Arrivy having no modified-since filter: a full sync reads from the start date to
 * the future edge; an incremental run re-reads the rolling window around now, or from an earlier cursor when one is
 * given ({@code --since}).
 *
 * @param past   how far before now an incremental run starts
 * @param future how far after now every run ends
 * @param start  where a full sync starts
 * @param slice  the longest piece a range is asked for in: bounded answers, and a checkpoint at least every slice
 */
public record TaskWindow(Duration past, Duration future, Instant start, Duration slice, Clock clock) {

    /** The range {@code request} reads: from inclusive, to exclusive, in whole seconds as Arrivy takes them. */
    public SlicedRange.Slice range(ReadRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant to = now.plus(future);
        if (request.mode() == SyncMode.FULL) {
            return new SlicedRange.Slice(start, to);
        }
        Instant rolling = now.minus(past);
        Instant cursor = (Instant) ColumnType.TIMESTAMP.parse(request.cursor());
        Instant from = cursor.isBefore(rolling) ? cursor.truncatedTo(ChronoUnit.SECONDS) : rolling;
        return new SlicedRange.Slice(from, to);
    }
}
