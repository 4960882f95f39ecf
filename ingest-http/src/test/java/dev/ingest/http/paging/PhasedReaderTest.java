package dev.ingest.http.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.RecordReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PhasedReaderTest {

    /** Pages of two records each; cursors are the index of a page's first record. */
    private static PageSource pages(String prefix, int count) {
        return cursor -> {
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            List<ObjectNode> records = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 2); i++) {
                records.add(JsonNodeFactory.instance.objectNode().put("id", prefix + i));
            }
            return new Page(records, from + 2 < count ? Integer.toString(from + 2) : null);
        };
    }

    private static Map<String, Function<String, RecordReader>> phases() {
        Map<String, Function<String, RecordReader>> phases = new LinkedHashMap<>();
        phases.put("live", after -> new CursorPager(pages("l", 3), after));
        phases.put("archived", after -> new CursorPager(pages("a", 3), after));
        return phases;
    }

    @Test
    void phasesFollowEachOtherWithCheckpointsNamingThePhase() {
        Drained read = Drained.from(new PhasedReader(phases(), null));

        assertThat(read.ids()).containsExactly("l0", "l1", "l2", "a0", "a1", "a2");
        assertThat(read.checkpoints()).containsExactly("live:2", "archived", "archived:2", null);
    }

    @Test
    void resumingFromTheEndOfAPhaseStartsTheNextOne() {
        assertThat(Drained.from(new PhasedReader(phases(), "archived")).ids()).containsExactly("a0", "a1", "a2");
        assertThat(Drained.from(new PhasedReader(phases(), "live:2")).ids()).containsExactly("l2", "a0", "a1", "a2");
    }
}
