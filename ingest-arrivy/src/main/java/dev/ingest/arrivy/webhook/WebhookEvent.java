package dev.ingest.arrivy.webhook;

import java.time.Instant;

/**
 * One event of Arrivy's custom webhook.
 *
 * @param type           {@code EVENT_TYPE}: {@code TASK_CREATED}, {@code TASK_DELETED}, {@code TASK_STATUS}, ...
 * @param eventId        {@code EVENT_ID}, or null
 * @param taskId         {@code OBJECT_ID}, the task the event is about
 * @param objectType     {@code OBJECT_TYPE}: {@code TASK}, {@code TASK_STATUS}, {@code CREW}, ..., or null
 * @param time           {@code EVENT_TIME}, {@code TIMESTAMP} or {@code EVENT_TIMESTAMP}, or null
 * @param hasAttachments {@code HAS_ATTACHMENTS} or {@code HAS_ATTACHMENT}
 */
public record WebhookEvent(
        String type, Long eventId, long taskId, String objectType, Instant time, boolean hasAttachments) {

    public boolean deletesTask() {
        return "TASK_DELETED".equals(type);
    }
}
