package dev.ingest.arrivy.streams;

import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;
import static dev.ingest.core.spi.JsonFields.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.arrivy.client.ArrivyApi;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.http.paging.PhasedReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Status events of the tasks a run lists, one row each, with their task's id and scheduled start: the cursor, which
 * like that of tasks only tells an incremental run from a full one. The tasks are listed with {@code show_details=true}, which
 * embeds each task's latest statuses: a task with fewer than that many has them all there, so only a task with the
 * full number (or none embedded at all) costs a call of its own, paged through {@code /tasks/{id}/status}. Those calls
 * are counted and logged.
 */
public final class TaskStatuses {

    private static final Logger log = LoggerFactory.getLogger(TaskStatuses.class);

    /** Where {@code show_details} puts a task's latest statuses: not named by Arrivy's docs, inferred. */
    static final String EMBEDDED = "statuses";
    /** How many statuses {@code show_details} embeds at most, as Arrivy documents it. */
    static final int EMBEDDED_MOST = 10;
    /** Arrivy's documented default page of {@code /tasks/{id}/status}. */
    static final int PAGE_SIZE = 100;

    private static final JsonFields FIELDS = new JsonFields(
            List.of(
                    field("id", INTEGER, "id"),
                    field("task_id", INTEGER, "task_id"),
                    field("task_start_datetime", TIMESTAMP, "task_start_datetime"),
                    field("type", TEXT, "type"),
                    field("title", TEXT, "title"),
                    field("time", TIMESTAMP, "time"),
                    field("time_original_iso_str", TEXT, "time_original_iso_str"),
                    field("reporter_id", INTEGER, "reporter_id"),
                    field("reporter_name", TEXT, "reporter_name"),
                    field("source", TEXT, "source"),
                    field("extra_fields", JSON, "extra_fields"),
                    field("current_destination", JSON, "current_destination"),
                    field("items", JSON, "items")),
            List.of("id"),
            null);

    public static final ArrivyStream STREAM = new ArrivyStream(
            "task_statuses", FIELDS.columns(), "task_start_datetime", false, FIELDS, TaskStatuses::read);

    private TaskStatuses() {}

    private static RecordReader read(ArrivySource source, ReadRequest request, StoredRows stored) {
        Calls calls = new Calls();
        Map<String, Function<String, RecordReader>> phases = new LinkedHashMap<>();
        TaskListing.phases(source, source.window().range(request), Map.of("show_details", "true"))
                .forEach((name, open) -> phases.put(
                        name,
                        checkpoint ->
                                new Events(source.api(), open.apply(checkpoint), calls, name.equals("scheduled"))));
        return new PhasedReader(phases, request.checkpoint());
    }

    /** How many tasks a run read statuses of, and how many of them cost calls of their own. */
    private static final class Calls {
        long tasks;
        long ownCalls;
    }

    /** A listing's pages turned into the status events of their tasks, a page of tasks per batch. */
    private record Events(ArrivyApi api, RecordReader tasks, Calls calls, boolean inCursorOrder)
            implements RecordReader {
        @Override
        public Batch next() {
            Batch page = tasks.next();
            if (page == null) {
                return null;
            }
            List<RawRecord> events = new ArrayList<>();
            for (RawRecord task : page.records()) {
                long taskId = task.data().path("id").asLong();
                calls.tasks++;
                for (ObjectNode status : statuses(task.data(), taskId)) {
                    status.put("task_id", taskId)
                            .set("task_start_datetime", task.data().get("start_datetime"));
                    events.add(RawRecord.of(status));
                }
            }
            // In the order of their tasks' scheduled starts, as the scheduled phase lists them.
            Batch batch = new Batch(events, page.checkpoint());
            return inCursorOrder ? batch : batch.outOfCursorOrder();
        }

        private List<ObjectNode> statuses(ObjectNode task, long taskId) {
            JsonNode embedded = task.path(EMBEDDED);
            if (embedded.isArray() && embedded.size() < EMBEDDED_MOST) {
                List<ObjectNode> statuses = new ArrayList<>();
                embedded.forEach(status -> {
                    if (status instanceof ObjectNode object) {
                        statuses.add(object.deepCopy());
                    }
                });
                return statuses;
            }
            calls.ownCalls++;
            return api.all("/tasks/" + taskId + "/status", Map.of(), PAGE_SIZE);
        }

        @Override
        public void close() {
            tasks.close();
            if (calls.tasks > 0) {
                log.info(
                        "task_statuses: statuses of {} tasks so far, {} read through calls of their own",
                        calls.tasks,
                        calls.ownCalls);
            }
        }
    }
}
