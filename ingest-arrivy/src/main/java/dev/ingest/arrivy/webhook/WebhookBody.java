package dev.ingest.arrivy.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the body Arrivy's custom webhook posts: one event, or an array of them, keyed in UPPER_SNAKE. Arrivy's docs
 * disagree with themselves ({@code TIMESTAMP} or {@code EVENT_TIMESTAMP} in unix seconds, newer payloads
 * {@code EVENT_TIME} in ISO-8601; {@code HAS_ATTACHMENTS} or {@code HAS_ATTACHMENT}), so each spelling is read, keys
 * in any case; keys it does not know are ignored.
 */
public final class WebhookBody {

    /**
     * What a body asks of a sync.
     *
     * @param refetch tasks that changed and still exist: to read again by id
     * @param deleted tasks Arrivy deleted: to mark {@code _deleted_at}
     */
    public record TaskChanges(List<WebhookEvent> events, Set<Long> refetch, Set<Long> deleted) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookBody() {}

    /** @throws IllegalArgumentException naming what is wrong, when the body is not an event or an event has no task */
    public static TaskChanges parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the webhook body is not JSON: " + e.getOriginalMessage(), e);
        }
        List<WebhookEvent> events = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(event -> events.add(event(event)));
        } else {
            events.add(event(root));
        }
        Set<Long> refetch = new LinkedHashSet<>();
        Set<Long> deleted = new LinkedHashSet<>();
        for (WebhookEvent event : events) {
            if (event.deletesTask()) {
                deleted.add(event.taskId());
                refetch.remove(event.taskId());
            } else if (!deleted.contains(event.taskId())) {
                refetch.add(event.taskId());
            }
        }
        return new TaskChanges(List.copyOf(events), refetch, deleted);
    }

    private static WebhookEvent event(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a webhook event must be a JSON object");
        }
        String type = text(node, "EVENT_TYPE");
        if (type == null) {
            throw new IllegalArgumentException("a webhook event has no EVENT_TYPE");
        }
        String taskId = text(node, "OBJECT_ID");
        if (taskId == null) {
            throw new IllegalArgumentException(type + " event has no OBJECT_ID");
        }
        return new WebhookEvent(
                type.toUpperCase(Locale.ROOT),
                number(node, "EVENT_ID"),
                id(type, taskId),
                text(node, "OBJECT_TYPE"),
                time(node),
                bool(node, "HAS_ATTACHMENTS") || bool(node, "HAS_ATTACHMENT"));
    }

    private static long id(String type, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(type + " event: OBJECT_ID '" + text + "' is not a task id", e);
        }
    }

    private static Instant time(JsonNode node) {
        for (String key : List.of("EVENT_TIME", "TIMESTAMP", "EVENT_TIMESTAMP")) {
            String text = text(node, key);
            if (text == null) {
                continue;
            }
            if (text.matches("\\d+(\\.\\d+)?")) {
                return Instant.ofEpochMilli(Math.round(Double.parseDouble(text) * 1000));
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(key + " '" + text + "' is neither unix seconds nor ISO-8601", e);
            }
        }
        return null;
    }

    /** The value at {@code key} in any case, as text, or null when absent or null. */
    private static String text(JsonNode node, String key) {
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getKey().equalsIgnoreCase(key)
                    && field.getValue().isValueNode()
                    && !field.getValue().isNull()) {
                return field.getValue().asText();
            }
        }
        return null;
    }

    private static Long number(JsonNode node, String key) {
        String text = text(node, key);
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean bool(JsonNode node, String key) {
        String text = text(node, key);
        return text != null && (text.equalsIgnoreCase("true") || text.equals("1"));
    }
}
