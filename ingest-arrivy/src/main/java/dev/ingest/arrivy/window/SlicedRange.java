package dev.ingest.arrivy.window;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RecordReader;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * A range of time read slice by slice, oldest first, each slice a reader of its own: for an API that selects records
 * by a time it has no cursor for, so a long range is asked for in bounded pieces. A batch's checkpoint is
 * {@code <slice start, epoch seconds>/<the slice reader's checkpoint>}, so a resumed run starts in the slice it was
 * in, where it was.
 */
public final class SlicedRange implements RecordReader {

    /** One slice: from inclusive, to exclusive. */
    public record Slice(Instant from, Instant to) {}

    private final Instant end;
    private final Duration length;
    private final BiFunction<Slice, String, RecordReader> open;
    private Slice slice;
    private RecordReader current;

    /**
     * @param from       the range's start, inclusive
     * @param to         its end, exclusive
     * @param length     the longest slice
     * @param open       a reader of a slice from a checkpoint of its own ({@code null} to start it)
     * @param resumeFrom a checkpoint of an earlier batch of the same range, or {@code null}
     */
    public SlicedRange(
            Instant from,
            Instant to,
            Duration length,
            BiFunction<Slice, String, RecordReader> open,
            String resumeFrom) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a slice must be longer than nothing: " + length);
        }
        this.end = to;
        this.length = length;
        this.open = open;
        Instant start = from;
        String inner = null;
        if (resumeFrom != null) {
            int slash = resumeFrom.indexOf('/');
            try {
                start = Instant.ofEpochSecond(
                        Long.parseLong(resumeFrom.substring(0, slash < 0 ? resumeFrom.length() : slash)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a checkpoint of a sliced range: " + resumeFrom, e);
            }
            inner = slash < 0 || slash == resumeFrom.length() - 1 ? null : resumeFrom.substring(slash + 1);
        }
        if (start.isBefore(end)) {
            slice = sliceFrom(start);
            current = open.apply(slice, inner);
        }
    }

    @Override
    public Batch next() {
        while (current != null) {
            Batch batch = current.next();
            if (batch != null) {
                String checkpoint = batch.checkpoint() != null
                        ? slice.from().getEpochSecond() + "/" + batch.checkpoint()
                        : slice.to().isBefore(end) ? slice.to().getEpochSecond() + "/" : null;
                return new Batch(batch.records(), checkpoint, batch.inCursorOrder());
            }
            current.close();
            current = null;
            if (slice.to().isBefore(end)) {
                slice = sliceFrom(slice.to());
                current = open.apply(slice, null);
            }
        }
        return null;
    }

    private Slice sliceFrom(Instant start) {
        Instant stop = start.plus(length);
        return new Slice(start, stop.isBefore(end) ? stop : end);
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
    }
}
