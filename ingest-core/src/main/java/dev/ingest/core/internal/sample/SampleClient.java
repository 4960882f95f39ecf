package dev.ingest.core.internal.sample;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;

/** Serves the generated data set as a CRM API would: pages in id order, or in update order from a cursor. */
public final class SampleClient implements Client {

    private final SampleData data;

    public SampleClient(SampleData data) {
        this.data = data;
    }

    public SampleData data() {
        return data;
    }

    /** Nothing to call: the settings were checked when the client was opened, so only the stream can be wrong. */
    @Override
    public void check(Stream stream) {
        SampleTable.of(stream);
    }

    @Override
    public RecordReader read(Stream stream, ReadRequest request) {
        SampleTable table = SampleTable.of(stream);
        IndexWalk walk = request.mode() == SyncMode.FULL
                ? IdOrder.after(data.size(table), request.checkpoint())
                : UpdateOrder.from(data.timeline(table), request.cursor(), request.checkpoint());
        return new SampleReader(data, table, walk, request.pageSize());
    }
}
