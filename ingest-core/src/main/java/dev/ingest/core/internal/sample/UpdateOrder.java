package dev.ingest.core.internal.sample;

import dev.ingest.core.spi.IsoTime;
import dev.ingest.core.spi.SourceException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The records updated at or after a cursor, in ascending order of {@code (updated_at, id)}; the checkpoint
 * is {@code updatedAt|id} of the last record read. Walks {@link Timeline}'s segments from a binary-searched
 * start, passing over positions whose record has changed again in a later round.
 */
final class UpdateOrder implements IndexWalk {

    private final Timeline timeline;
    private int segment;
    private long position;

    private UpdateOrder(Timeline timeline, long fromMillis, long fromIndex) {
        this.timeline = timeline;
        seek(fromMillis, fromIndex);
    }

    /**
     * @param cursor     the inclusive lower bound on {@code updated_at}, as {@link Instant} text
     * @param checkpoint where an earlier walk of the same window stopped, or {@code null}
     */
    static UpdateOrder from(Timeline timeline, String cursor, String checkpoint) {
        if (checkpoint != null) {
            int bar = checkpoint.indexOf('|');
            try {
                long millis =
                        Instant.parse(checkpoint.substring(0, Math.max(bar, 0))).toEpochMilli();
                long lastId = Long.parseLong(checkpoint.substring(bar + 1));
                // ids are indexes plus one: the record after the last one read has an index of at least its id
                return new UpdateOrder(timeline, millis, lastId);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new SourceException("not a checkpoint of an incremental sample read: " + checkpoint);
            }
        }
        Instant from;
        try {
            from = Instant.parse(cursor);
        } catch (DateTimeParseException e) {
            throw new SourceException("not an updated_at cursor: " + cursor);
        }
        boolean partMillisecond = from.getNano() % 1_000_000 != 0;
        return new UpdateOrder(timeline, from.toEpochMilli() + (partMillisecond ? 1 : 0), 0);
    }

    @Override
    public long next() {
        while (segment <= timeline.round()) {
            if (position < timeline.segmentLength(segment)) {
                long index = timeline.indexAt(segment, position++);
                if (timeline.lastRound(index) == segment) {
                    return index;
                }
            } else {
                segment++;
                position = 0;
            }
        }
        return -1;
    }

    @Override
    public String checkpoint(long index) {
        return IsoTime.format(timeline.updatedAt(index)) + '|' + (index + 1);
    }

    /** Moves to the first position whose {@code (time, index)} is at least {@code (millis, minIndex)}. */
    private void seek(long millis, long minIndex) {
        for (segment = 0; segment <= timeline.round(); segment++) {
            long length = timeline.segmentLength(segment);
            if (length > 0 && !before(length - 1, millis, minIndex)) {
                long low = 0;
                long high = length - 1;
                while (low < high) {
                    long middle = (low + high) >>> 1;
                    if (before(middle, millis, minIndex)) {
                        low = middle + 1;
                    } else {
                        high = middle;
                    }
                }
                position = low;
                return;
            }
        }
    }

    private boolean before(long at, long millis, long minIndex) {
        long time = timeline.timeAt(segment, at);
        return time < millis || time == millis && timeline.indexAt(segment, at) < minIndex;
    }
}
