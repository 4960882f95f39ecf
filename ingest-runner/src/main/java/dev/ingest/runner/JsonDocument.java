package dev.ingest.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.RejectedRecord;
import dev.ingest.core.RunCounts;
import dev.ingest.core.StreamResult;
import dev.ingest.core.StreamState;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.history.RunLog;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code --json} output: one document on stdout, its fields named as the columns of the {@code ingest} tables
 * they come from (README, "JSON output").
 */
final class JsonDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonDocument() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void print(PrintWriter out, ObjectNode document) {
        try {
            out.println(MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** Prints {@code {"<field>": [...]}}, an element for each item. */
    static <T> void printList(PrintWriter out, String field, Collection<T> items, Function<T, ObjectNode> element) {
        ObjectNode document = object();
        ArrayNode array = document.putArray(field);
        items.forEach(item -> array.add(element.apply(item)));
        print(out, document);
    }

    /**
     * A sync's outcome: its connector, status and wall time, the command's own {@code fields} (an import's file), and
     * each stream's run as {@code ingest.sync_history} holds it (a dry run, which records nothing, gives each stream's
     * counts from the report).
     */
    static ObjectNode sync(SyncReport report, Duration wallTime, RunLog log, Map<String, ?> fields) {
        ObjectNode document = object().put("connector", report.connector())
                .put("status", report.status().label())
                .put("dry_run", report.dryRun())
                .put("wall_seconds", wallTime.toMillis() / 1000.0);
        fields.forEach((name, value) -> document.set(name, MAPPER.valueToTree(value)));
        ArrayNode runs = document.putArray("runs");
        for (StreamResult result : report.streams()) {
            Optional<RunLog.Entry> recorded = result.runId() == null ? Optional.empty() : log.get(result.runId());
            runs.add(recorded.map(JsonDocument::run).orElseGet(() -> unrecorded(result)));
        }
        return document;
    }

    private static ObjectNode unrecorded(StreamResult result) {
        RunCounts counts = result.counts();
        return object().put("stream", result.stream())
                .put("mode", result.mode())
                .put("status", result.status().label())
                .put("processed", counts.processed())
                .put("created", counts.created())
                .put("updated", counts.updated())
                .put("unchanged", counts.unchanged())
                .put("rejected", counts.rejected())
                .put("error", result.error());
    }

    /** A row of {@code ingest.sync_history}, with its duration. */
    static ObjectNode run(RunLog.Entry entry) {
        SyncRun run = entry.run();
        RunCounts counts = run.counts();
        ObjectNode node = object().put("id", run.id())
                .put("invocation_id", run.invocationId())
                .put("connector", run.connector())
                .put("stream", run.stream())
                .put("mode", run.mode())
                .put("status", run.status().label())
                .put("started_at", text(run.startedAt()))
                .put("finished_at", text(run.finishedAt()))
                .put("heartbeat_at", text(entry.heartbeatAt()));
        node.put("duration_seconds", durationSeconds(run));
        node.put("processed", counts.processed())
                .put("created", counts.created())
                .put("updated", counts.updated())
                .put("unchanged", counts.unchanged())
                .put("rejected", counts.rejected())
                .put("deleted", counts.deleted())
                .put("cursor_before", run.cursorBefore())
                .put("cursor_after", run.cursorAfter())
                .put("error", run.error())
                .put("host", entry.host())
                .put("pid", entry.pid())
                .put("batches", entry.batches());
        return node;
    }

    static ObjectNode reject(RejectedRecord reject) {
        return object().put("source_id", reject.sourceId())
                .put("location", reject.location())
                .put("reason", reject.reason())
                .put("payload", reject.payload());
    }

    /** A row of {@code ingest.sync_state}. */
    static ObjectNode state(RunLog.StoredState stored) {
        ObjectNode node = object().put("connector", stored.connector())
                .put("stream", stored.stream())
                .put("cursor", stored.state().cursor());
        StreamState.Resume resume = stored.state().resume();
        if (resume == null) {
            node.putNull("resume");
        } else {
            node.putObject("resume")
                    .put("mode", resume.mode())
                    .put("window_cursor", resume.windowCursor())
                    .put("checkpoint", resume.checkpoint())
                    .put("max_cursor", resume.maxCursor());
        }
        return node.put("updated_at", text(stored.updatedAt()));
    }

    /** Seconds from start to finish, or {@code null} while the run goes on. */
    static Double durationSeconds(SyncRun run) {
        return run.finishedAt() == null
                ? null
                : Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0;
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }
}
