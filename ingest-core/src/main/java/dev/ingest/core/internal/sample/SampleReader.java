package dev.ingest.core.internal.sample;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import java.util.ArrayList;
import java.util.List;

/** Generates the records of one walk a batch at a time. */
final class SampleReader implements RecordReader {

    private final SampleData data;
    private final SampleTable table;
    private final IndexWalk walk;
    private final int pageSize;

    SampleReader(SampleData data, SampleTable table, IndexWalk walk, int pageSize) {
        this.data = data;
        this.table = table;
        this.walk = walk;
        this.pageSize = pageSize;
    }

    @Override
    public Batch next() {
        List<RawRecord> records = new ArrayList<>(pageSize);
        long last = -1;
        long index;
        while (records.size() < pageSize && (index = walk.next()) >= 0) {
            records.add(RawRecord.of(data.record(table, index)));
            last = index;
        }
        return records.isEmpty() ? null : new Batch(records, walk.checkpoint(last));
    }
}
