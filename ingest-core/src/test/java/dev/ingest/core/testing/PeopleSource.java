package dev.ingest.core.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The upstream data of the test connector: people records that tests add, change and archive,
 * like a CRM account would between two syncs.
 */
public final class PeopleSource {

    public static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");

    private final Map<Long, ObjectNode> records = new TreeMap<>();
    private final List<ObjectNode> echoes = new ArrayList<>();
    private Instant clock = BASE;

    /** A source of {@code count} people with ids 1..count, modified one second apart in id order. */
    public static PeopleSource generate(int count) {
        PeopleSource source = new PeopleSource();
        for (long id = 1; id <= count; id++) {
            source.put(id, "Person " + id);
        }
        return source;
    }

    public synchronized ObjectNode put(long id, String name) {
        clock = clock.plusSeconds(1);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id);
        node.put("name", name);
        node.put("email", name == null ? null : "person" + id + "@example.com");
        node.put("amount", id + ".25");
        node.put("active", id % 2 == 0);
        node.put("born", "1990-01-" + String.format("%02d", 1 + id % 28));
        node.put("updatedAt", clock.toString());
        node.put("team", "team-" + id % 3);
        records.put(id, node);
        return node;
    }

    /** Changes a person's name and bumps its modification time. */
    public synchronized void rename(long id, String name) {
        ObjectNode node = records.get(id);
        clock = clock.plusSeconds(1);
        node.put("name", name);
        node.put("updatedAt", clock.toString());
    }

    /** Deletes a person outright, as a database source does. */
    public synchronized void remove(long id) {
        records.remove(id);
    }

    public synchronized void archive(long id) {
        ObjectNode node = records.get(id);
        clock = clock.plusSeconds(1);
        node.put("archived", true);
        node.put("archivedAt", clock.toString());
        node.put("updatedAt", clock.toString());
    }

    /** Makes reads return a later version of a record again at their end, as a source that pages while records change does. */
    public synchronized void echo(long id, String name) {
        ObjectNode node = records.get(id).deepCopy();
        node.put("name", name);
        echoes.add(node);
    }

    public synchronized List<ObjectNode> snapshot(Comparator<ObjectNode> order) {
        List<ObjectNode> copy = new ArrayList<>();
        records.values().forEach(n -> copy.add(n.deepCopy()));
        copy.sort(order);
        echoes.forEach(echo -> copy.add(echo.deepCopy()));
        return copy;
    }

    public synchronized int size() {
        return records.size();
    }
}
