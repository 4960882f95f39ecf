package dev.ingest.core.testing;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.core.spi.Stream;
import java.util.List;

/**
 * Any connector with faults injected into its readers, for tests: a source that fails after some batches, or that
 * is slow. The connector itself stays as it is; the faults are switched on and off between runs.
 */
public final class FaultyConnector implements Connector {

    private final Connector connector;
    private volatile int failAfterBatches = -1;
    private volatile Runnable failure = () -> {
        throw new SourceException("the API answered 503: {\"message\":\"upstream unavailable\"}", true, null);
    };
    private volatile long batchDelayMillis;
    private volatile RuntimeException discoveryFailure;

    public FaultyConnector(Connector connector) {
        this.connector = connector;
    }

    /** Makes every reader fail with a retryable source error after serving this many batches; -1 heals it. */
    public FaultyConnector failAfterBatches(int batches) {
        this.failAfterBatches = batches;
        return this;
    }

    /** Makes every reader run {@code failure}, which throws or waits, after serving this many batches. */
    public FaultyConnector failAfterBatches(int batches, Runnable failure) {
        this.failure = failure;
        return failAfterBatches(batches);
    }

    /** Makes every reader wait this long before each batch, as a slow API does. */
    public FaultyConnector batchDelay(long millis) {
        this.batchDelayMillis = millis;
        return this;
    }

    /** Makes discovery throw {@code failure}, as a source that does not answer does; {@code null} heals it. */
    public FaultyConnector failDiscovery(RuntimeException failure) {
        this.discoveryFailure = failure;
        return this;
    }

    @Override
    public List<Stream> discover(Client client) {
        RuntimeException failure = discoveryFailure;
        if (failure != null) {
            throw failure;
        }
        return Connector.super.discover(client);
    }

    @Override
    public String name() {
        return connector.name();
    }

    @Override
    public String description() {
        return connector.description();
    }

    @Override
    public List<Setting> settings() {
        return connector.settings();
    }

    @Override
    public List<Stream> streams() {
        return connector.streams();
    }

    @Override
    public Client open(Settings settings) {
        Client client = connector.open(settings);
        return new Client() {
            @Override
            public void check(Stream stream) {
                client.check(stream);
            }

            @Override
            public RecordReader read(Stream stream, ReadRequest request) {
                return new FaultyReader(client.read(stream, request));
            }

            // The engine's call: the wrapped reader still sees the rows its table holds.
            @Override
            public RecordReader read(Stream stream, ReadRequest request, StoredRows stored) {
                return new FaultyReader(client.read(stream, request, stored));
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    private final class FaultyReader implements RecordReader {
        private final RecordReader reader;
        private int batches;

        FaultyReader(RecordReader reader) {
            this.reader = reader;
        }

        @Override
        public Batch next() {
            if (failAfterBatches >= 0 && batches >= failAfterBatches) {
                failure.run();
            }
            if (batchDelayMillis > 0) {
                try {
                    Thread.sleep(batchDelayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SourceException("interrupted");
                }
            }
            Batch batch = reader.next();
            batches++;
            return batch;
        }

        @Override
        public void close() {
            reader.close();
        }
    }
}
