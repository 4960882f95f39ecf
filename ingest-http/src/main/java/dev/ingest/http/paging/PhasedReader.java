package dev.ingest.http.paging;

import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RecordReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads named phases one after another (live records, then archived ones), each a reader of its own.
 * Checkpoints are {@code phase:inner}, so a resumed run starts in the phase it was in, where it was.
 */
public final class PhasedReader implements RecordReader {

    private final List<String> names;
    private final Map<String, Function<String, RecordReader>> phases;
    private int index;
    private RecordReader current;

    /**
     * @param phases     each phase's name and how to open it from an inner checkpoint ({@code null} to start it)
     * @param resumeFrom a checkpoint of an earlier batch, or {@code null}
     */
    public PhasedReader(Map<String, Function<String, RecordReader>> phases, String resumeFrom) {
        this.phases = new LinkedHashMap<>(phases);
        this.names = List.copyOf(phases.keySet());
        String inner = null;
        if (resumeFrom != null) {
            int colon = resumeFrom.indexOf(':');
            String phase = colon < 0 ? resumeFrom : resumeFrom.substring(0, colon);
            index = names.indexOf(phase);
            if (index < 0) {
                throw new IllegalArgumentException("not a checkpoint of this reader: " + resumeFrom);
            }
            inner = colon < 0 ? null : resumeFrom.substring(colon + 1);
        }
        if (!names.isEmpty()) {
            current = this.phases.get(names.get(index)).apply(inner);
        }
    }

    @Override
    public Batch next() {
        while (current != null) {
            Batch batch = current.next();
            if (batch != null) {
                String name = names.get(index);
                // Past the end of one phase, a resumed run starts the next one from its beginning.
                String checkpoint = batch.checkpoint() != null
                        ? name + ":" + batch.checkpoint()
                        : index + 1 < names.size() ? names.get(index + 1) : null;
                return new Batch(batch.records(), checkpoint, batch.inCursorOrder());
            }
            current.close();
            index++;
            current = index < names.size() ? phases.get(names.get(index)).apply(null) : null;
        }
        return null;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
    }
}
