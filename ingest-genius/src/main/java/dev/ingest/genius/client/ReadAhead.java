package dev.ingest.genius.client;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Fetches the next page on a thread of its own while the engine transforms the last one, so the database's
 * time and ours overlap. One page ahead at most, so memory stays bounded.
 */
final class ReadAhead implements RecordReader {

    private final RecordReader pages;
    private final ExecutorService fetcher;
    private Future<Batch> pending;

    ReadAhead(RecordReader pages, String name) {
        this.pages = pages;
        this.fetcher = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "genius-fetch-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Batch next() {
        Future<Batch> current = pending != null ? pending : fetcher.submit(pages::next);
        Batch batch;
        try {
            batch = current.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while reading");
        } catch (ExecutionException e) {
            pending = null;
            throw e.getCause() instanceof RuntimeException cause
                    ? cause
                    : new SourceException(e.getCause().toString(), false, e.getCause());
        }
        pending = batch == null ? null : fetcher.submit(pages::next);
        return batch;
    }

    @Override
    public void close() {
        if (pending != null) {
            pending.cancel(true);
            pending = null;
        }
        fetcher.shutdownNow();
        try {
            fetcher.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pages.close();
    }
}
