package dev.ingest.arrivy.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.arrivy.client.ArrivyApi;
import dev.ingest.arrivy.window.SlicedRange;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.http.client.JsonApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last phase of a tasks run: each task the table holds in the run's scope that the listing did not give is asked
 * for by id, in ascending order. Arrivy answering it, it moved out of the range (or out of its list) and loads as it
 * is now; answering 404, it was deleted, and its stored record loads again marked deleted. A batch is a run of ids;
 * its checkpoint is the last id asked for.
 */
final class TaskRecheck implements RecordReader {

    private static final Logger log = LoggerFactory.getLogger(TaskRecheck.class);
    private static final int IDS_PER_BATCH = 100;

    /** Which stored tasks a run should have listed: the keys it reads from the stored rows. */
    record Scope(String description, Function<StoredRows, List<Object>> keys) {

        /** A full sync lists every task Arrivy has, within its range or not: any stored task it did not list is asked for. */
        static Scope everything() {
            return new Scope("every stored task", stored -> stored.keys("id", Long.MIN_VALUE, Long.MAX_VALUE));
        }

        /** An incremental run lists its range and both lists of tasks without a scheduled time. */
        static Scope window(SlicedRange.Slice range) {
            return new Scope(
                    "stored tasks scheduled " + range.from() + " to " + range.to() + " or unscheduled", stored -> {
                        List<Object> keys = new ArrayList<>(stored.keys("start_datetime", range.from(), range.to()));
                        keys.addAll(stored.keys("listing", "unscheduled", "unscheduled"));
                        keys.addAll(stored.keys("listing", "undated", "undated"));
                        return keys;
                    });
        }
    }

    private final ArrivyApi api;
    private final StoredRows stored;
    private final Scope scope;
    private final Supplier<Set<Long>> listed;
    private final long after;
    private List<Long> missing;
    private int next;
    private int moved;
    private int deleted;

    /**
     * @param listed     the ids of the tasks the run listed, asked for once the listing is done
     * @param resumeFrom the last id an interrupted run asked for, or {@code null}
     */
    TaskRecheck(ArrivyApi api, StoredRows stored, Scope scope, Supplier<Set<Long>> listed, String resumeFrom) {
        this.api = api;
        this.stored = stored;
        this.scope = scope;
        this.listed = listed;
        this.after = resumeFrom == null ? Long.MIN_VALUE : Long.parseLong(resumeFrom);
    }

    @Override
    public Batch next() {
        if (missing == null) {
            TreeSet<Long> ids = new TreeSet<>();
            Set<Long> given = listed.get();
            for (Object key : scope.keys().apply(stored)) {
                long id = ((Number) key).longValue();
                if (id > after && !given.contains(id)) {
                    ids.add(id);
                }
            }
            missing = List.copyOf(ids);
            log.info("tasks: {} of the {} not listed are asked for by id", missing.size(), scope.description());
        }
        if (next >= missing.size()) {
            if (!missing.isEmpty()) {
                log.info(
                        "tasks: of {} asked for by id, {} moved out of the range, {} were deleted",
                        missing.size(),
                        moved,
                        deleted);
            }
            return null;
        }
        List<RawRecord> records = new ArrayList<>();
        Instant now = Instant.now();
        int end = Math.min(next + IDS_PER_BATCH, missing.size());
        for (; next < end; next++) {
            long id = missing.get(next);
            Optional<ObjectNode> task = api.record("/tasks/" + id);
            if (task.isPresent()) {
                moved++;
                records.add(RawRecord.of(task.get()));
            } else {
                storedRecord(id).ifPresent(record -> {
                    deleted++;
                    records.add(RawRecord.of(record.put(TaskFields.DELETED_MARKER, now.toString())));
                });
            }
        }
        String checkpoint = next < missing.size() ? Long.toString(missing.get(next - 1)) : null;
        return new Batch(records, checkpoint).outOfCursorOrder();
    }

    /** The record a deleted task was loaded from; none when another run marked it meanwhile. */
    private Optional<ObjectNode> storedRecord(long id) {
        Optional<String> raw = stored.raw(id);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of((ObjectNode) JsonApi.MAPPER.readTree(raw.get()));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new SourceException("the stored record of task " + id + " is not a JSON object", false, e);
        }
    }
}
