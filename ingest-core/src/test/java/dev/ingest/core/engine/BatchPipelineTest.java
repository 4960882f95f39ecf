package dev.ingest.core.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.Processor;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Stream;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BatchPipelineTest {

    @Test
    void fetchesTheNextPageWhileTheLastIsTransformed() throws InterruptedException {
        CountDownLatch secondPageAsked = new CountDownLatch(1);
        AtomicBoolean overlapped = new AtomicBoolean();
        Pages pages = new Pages(3, 10, secondPageAsked);
        // The first record waits for the second page to be asked for: only a fetch running beside the transform lets it go on at once.
        Processor processor = record -> {
            if (record.data().path("id").asLong() == 0) {
                try {
                    overlapped.set(secondPageAsked.await(5, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new Row(new Object[] {record.data().path("id").asLong()}, null);
        };

        List<Long> ids = drain(pages, processor, 0);

        assertThat(overlapped).isTrue();
        assertThat(ids).hasSize(30).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void neverAsksForAPagePastTheLimit() throws InterruptedException {
        Pages pages = new Pages(10, 10, null);

        List<Long> ids = drain(pages, record -> new Row(new Object[] {record.data().path("id").asLong()}, null), 25);

        assertThat(ids).hasSize(25);
        assertThat(pages.asked.get()).isEqualTo(3);
        assertThat(pages.closed).isTrue();
    }

    private static List<Long> drain(Pages pages, Processor processor, long limit) throws InterruptedException {
        Stream stream = new Stream("notes", "notes", List.of("id"), List.of(new Column("id", ColumnType.INTEGER)), null, processor);
        List<Long> ids = new ArrayList<>();
        try (BatchPipeline pipeline = new BatchPipeline("notes", pages, new RecordTransformer(stream), 1_000, limit)) {
            ProcessedBatch batch;
            while ((batch = pipeline.next()) != null) {
                batch.rows().forEach(row -> ids.add((Long) row.values()[0]));
            }
        }
        return ids;
    }

    /** A source of numbered records, a page at a time, that tells when its second page is asked for. */
    private static final class Pages implements RecordReader {
        private final int count;
        private final int size;
        private final CountDownLatch secondPageAsked;
        private final AtomicInteger asked = new AtomicInteger();
        private volatile boolean closed;

        Pages(int count, int size, CountDownLatch secondPageAsked) {
            this.count = count;
            this.size = size;
            this.secondPageAsked = secondPageAsked;
        }

        @Override
        public Batch next() {
            int page = asked.getAndIncrement();
            if (page == 1 && secondPageAsked != null) {
                secondPageAsked.countDown();
            }
            if (page >= count) {
                return null;
            }
            List<RawRecord> records = new ArrayList<>();
            for (long id = (long) page * size; id < (long) (page + 1) * size; id++) {
                ObjectNode data = JsonNodeFactory.instance.objectNode();
                data.put("id", id);
                records.add(RawRecord.of(data));
            }
            return new Batch(records, "page-" + page);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
