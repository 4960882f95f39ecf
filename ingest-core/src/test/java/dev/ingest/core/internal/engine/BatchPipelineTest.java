package dev.ingest.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.RawPolicy;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class BatchPipelineTest {

    private static final Stream IDS = new Stream(
            "ids",
            "ids",
            List.of("id"),
            List.of(new Column("id", ColumnType.INTEGER)),
            null,
            record -> new Row(new Object[] {record.data().path("id").asLong()}, null));

    @Test
    void aFullBatchStopsTheReadingUntilTheLoaderTakesIt() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        CountDownLatch thirdAsked = new CountDownLatch(1);
        RecordReader reader = pages(thirdAsked, page -> {
            asked.set(page);
            return page <= 5 ? batch(page, true) : null;
        });
        try (BatchPipeline pipeline = pipeline(reader, 2)) {
            // Pages 1 and 2 fill a batch, which waits for the loader: page 3 is not asked for yet.
            assertThat(thirdAsked.await(300, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(asked.get()).isEqualTo(2);

            assertThat(ids(pipeline.next())).containsExactly(1L, 2L);
            assertThat(thirdAsked.await(5, TimeUnit.SECONDS)).isTrue();
            List<Long> rest = new ArrayList<>();
            ProcessedBatch batch;
            while ((batch = pipeline.next()) != null) {
                assertThat(batch.size()).isLessThanOrEqualTo(2);
                rest.addAll(ids(batch));
            }
            assertThat(rest).containsExactly(3L, 4L, 5L);
        }
    }

    @Test
    void aBatchNeverMixesPagesInAndOutOfCursorOrder() throws Exception {
        CountDownLatch thirdAsked = new CountDownLatch(1);
        RecordReader reader = pages(thirdAsked, page -> page <= 3 ? batch(page, page != 2) : null);
        try (BatchPipeline pipeline = pipeline(reader, 100)) {
            // Given time, the reader would go on to page 3 if page 2 could join page 1's batch.
            thirdAsked.await(300, TimeUnit.MILLISECONDS);

            assertThat(ids(pipeline.next())).containsExactly(1L);
            assertThat(ids(pipeline.next())).containsExactly(2L);
            assertThat(ids(pipeline.next())).containsExactly(3L);
            assertThat(pipeline.next()).isNull();
        }
    }

    @Test
    void pagesReadBeforeTheSourceFailsReachTheLoaderBeforeTheFailure() throws Exception {
        CountDownLatch failing = new CountDownLatch(1);
        RecordReader reader = pages(failing, page -> {
            if (page == 3) {
                throw new IllegalStateException("upstream unavailable");
            }
            return batch(page, true);
        });
        try (BatchPipeline pipeline = pipeline(reader, 100)) {
            // The loader asks only once the source has failed: pages 1 and 2 were read whole and wait in one batch.
            await(failing);
            ProcessedBatch gathered = pipeline.next();
            assertThat(ids(gathered)).containsExactly(1L, 2L);
            assertThat(gathered.checkpoint()).isEqualTo("after-2");
            assertThatThrownBy(pipeline::next).hasMessage("upstream unavailable");
        }
    }

    /**
     * A reader giving {@code source}'s pages 1, 2, ... in turn, until it answers {@code null}; {@code thirdAsked} is
     * counted down when page 3 is asked for, before {@code source} answers.
     */
    private static RecordReader pages(CountDownLatch thirdAsked, IntFunction<Batch> source) {
        AtomicInteger page = new AtomicInteger();
        return () -> {
            int number = page.incrementAndGet();
            if (number == 3) {
                thirdAsked.countDown();
            }
            return source.apply(number);
        };
    }

    private static Batch batch(long id, boolean inCursorOrder) {
        return new Batch(
                List.of(RawRecord.of(JsonNodeFactory.instance.objectNode().put("id", id))),
                "after-" + id,
                inCursorOrder);
    }

    private static BatchPipeline pipeline(RecordReader reader, int batchSize) {
        return new BatchPipeline("ids", reader, new RecordTransformer(IDS, RawPolicy.UNMAPPED), batchSize, 0);
    }

    private static List<Long> ids(ProcessedBatch batch) {
        return batch.rows().stream().map(row -> (Long) row.values()[0]).toList();
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test did not release the reader");
        }
    }
}
