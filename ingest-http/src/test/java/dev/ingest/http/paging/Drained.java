package dev.ingest.http.paging;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RecordReader;
import java.util.ArrayList;
import java.util.List;

/** Everything a reader gives until it ends: each record's {@code id}, and each batch's checkpoint. */
public record Drained(List<String> ids, List<String> checkpoints) {

    public static Drained from(RecordReader reader) {
        List<String> ids = new ArrayList<>();
        List<String> checkpoints = new ArrayList<>();
        Batch batch;
        while ((batch = reader.next()) != null) {
            batch.records().forEach(r -> ids.add(r.data().path("id").asText()));
            checkpoints.add(batch.checkpoint());
        }
        return new Drained(ids, checkpoints);
    }
}
