package dev.ingest.faults;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import java.util.Set;
import java.util.TreeSet;

/** The keys a source holds for a stream, read whole through the connector's own client. */
final class SourceKeys {

    private SourceKeys() {}

    /** Every {@code id} of a full read of {@code stream}. */
    static Set<Long> ids(Client client, Stream stream) {
        Set<Long> ids = new TreeSet<>();
        try (RecordReader reader = client.read(stream, new ReadRequest(SyncMode.FULL, null, null, 1_000))) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                for (RawRecord record : batch.records()) {
                    ids.add(Long.parseLong(record.data().get("id").asText()));
                }
            }
        }
        return ids;
    }
}
