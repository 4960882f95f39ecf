package dev.ingest.arrivy.window;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlicedRangeTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private final List<String> opened = new ArrayList<>();

    /** A slice of two pages, each one record naming the slice and the page. */
    private RecordReader twoPages(SlicedRange.Slice slice, String checkpoint) {
        opened.add(slice.from() + ".." + slice.to() + (checkpoint == null ? "" : " at " + checkpoint));
        return new RecordReader() {
            private int page = checkpoint == null ? 1 : Integer.parseInt(checkpoint);

            @Override
            public Batch next() {
                if (page > 2) {
                    return null;
                }
                RawRecord record =
                        RawRecord.of(JsonNodeFactory.instance.objectNode().put("page", page));
                page++;
                return new Batch(List.of(record), page > 2 ? null : Integer.toString(page));
            }
        };
    }

    private static List<String> drain(RecordReader reader) {
        List<String> checkpoints = new ArrayList<>();
        Batch batch;
        while ((batch = reader.next()) != null) {
            checkpoints.add(batch.checkpoint());
        }
        return checkpoints;
    }

    @Test
    void readsEachSliceInTurnTheLastOneCutAtTheEnd() {
        SlicedRange range =
                new SlicedRange(START, START.plus(Duration.ofDays(25)), Duration.ofDays(10), this::twoPages, null);

        List<String> checkpoints = drain(range);

        assertThat(opened)
                .containsExactly(
                        "2024-01-01T00:00:00Z..2024-01-11T00:00:00Z",
                        "2024-01-11T00:00:00Z..2024-01-21T00:00:00Z",
                        "2024-01-21T00:00:00Z..2024-01-26T00:00:00Z");
        long first = START.getEpochSecond();
        long second = first + 10 * 86_400;
        long third = second + 10 * 86_400;
        assertThat(checkpoints)
                .containsExactly(first + "/2", second + "/", second + "/2", third + "/", third + "/2", null);
    }

    @Test
    void resumesInTheSliceAndAtThePageItHadReached() {
        long second = START.plus(Duration.ofDays(10)).getEpochSecond();

        List<String> checkpoints = drain(new SlicedRange(
                START, START.plus(Duration.ofDays(25)), Duration.ofDays(10), this::twoPages, second + "/2"));

        assertThat(opened.get(0)).isEqualTo("2024-01-11T00:00:00Z..2024-01-21T00:00:00Z at 2");
        assertThat(checkpoints).hasSize(3).endsWith((String) null);
    }

    @Test
    void anEmptyRangeReadsNothing() {
        assertThat(drain(new SlicedRange(START, START, Duration.ofDays(10), this::twoPages, null)))
                .isEmpty();
        assertThat(opened).isEmpty();
    }
}
