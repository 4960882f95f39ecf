package dev.ingest.core.internal.engine;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import java.util.List;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TransferQueue;

/**
 * Extract and transform on a thread of their own, handing each batch straight to the loader: the next
 * batch is built while the last one is written, and memory holds two batches whatever the source's
 * size. Source pages are transformed as they arrive and gathered into batches of the requested size,
 * or fewer records when their text reaches {@link RecordTransformer.BatchBuilder#MAX_TEXT_CHARS}.
 * A loader left waiting takes what has been gathered so far, so that it never idles while records
 * are ready: a slow source's records land sooner, and a small sync loads while it still reads.
 */
final class BatchPipeline implements AutoCloseable {

    private sealed interface Item permits Next, End, Failure {}

    private record Next(ProcessedBatch batch) implements Item {}

    private record End() implements Item {}

    private record Failure(RuntimeException error) implements Item {}

    private final TransferQueue<Item> queue = new LinkedTransferQueue<>();
    private final RecordReader reader;
    private final RecordTransformer transformer;
    private final int batchSize;
    private final long limit;
    private final Thread producer;
    private volatile boolean stopped;
    private boolean ended;

    BatchPipeline(String name, RecordReader reader, RecordTransformer transformer, int batchSize, long limit) {
        this.reader = reader;
        this.transformer = transformer;
        this.batchSize = batchSize;
        this.limit = limit;
        this.producer = new Thread(this::produce, "ingest-extract-" + name);
        this.producer.setDaemon(true);
        this.producer.start();
    }

    /** The next processed batch, or {@code null} when the source is exhausted or the limit reached. */
    ProcessedBatch next() throws InterruptedException {
        if (ended) {
            return null;
        }
        Item item = queue.take();
        if (item instanceof Next next) {
            return next.batch();
        }
        ended = true;
        if (item instanceof Failure failure) {
            throw failure.error();
        }
        return null;
    }

    private void produce() {
        long remaining = limit > 0 ? limit : Long.MAX_VALUE;
        // Each page is transformed as it arrives, so only one page of raw records is held at a time.
        RecordTransformer.BatchBuilder building = new RecordTransformer.BatchBuilder();
        String checkpoint = null;
        // Whether the pages in the batch being built are whole: a failure may come in the middle of transforming one.
        boolean wholePages = true;
        try {
            boolean inCursorOrder = true;
            Batch batch;
            while (!stopped && remaining > 0 && (batch = reader.next()) != null) {
                if (batch.inCursorOrder() != inCursorOrder && building.size() > 0) {
                    put(new Next(building.build(checkpoint)));
                }
                inCursorOrder = batch.inCursorOrder();
                List<RawRecord> records = batch.records();
                if (records.size() > remaining) {
                    records = records.subList(0, (int) remaining);
                }
                remaining -= records.size();
                wholePages = false;
                transformer.transform(records, inCursorOrder, building);
                checkpoint = batch.checkpoint();
                wholePages = true;
                if (building.isFull(batchSize) || building.size() > 0 && queue.hasWaitingConsumer()) {
                    put(new Next(building.build(checkpoint)));
                }
            }
            if (building.size() > 0) {
                put(new Next(building.build(checkpoint)));
            }
            put(new End());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // An error too (an OutOfMemoryError from batches too large for the heap) must reach the loader, or it waits
            // forever.
            RuntimeException failure = e instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(
                            "reading stopped: " + e
                                    + (e instanceof OutOfMemoryError ? "; try a smaller --batch-size" : ""),
                            e);
            try {
                // The failure comes after the pages read whole before it: they and the checkpoint after them stand.
                if (wholePages && building.size() > 0) {
                    put(new Next(building.build(checkpoint)));
                }
                put(new Failure(failure));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Item item) throws InterruptedException {
        if (!stopped) {
            queue.transfer(item);
        }
    }

    @Override
    public void close() {
        stopped = true;
        producer.interrupt();
        queue.clear();
        try {
            producer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.close();
    }
}
