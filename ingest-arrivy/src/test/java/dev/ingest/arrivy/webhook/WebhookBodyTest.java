package dev.ingest.arrivy.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookBodyTest {

    @Test
    void readsTheDocumentedSampleWithItsOwnSpellings() {
        WebhookBody.TaskChanges changes = WebhookBody.parse("{\"EVENT_TYPE\": \"TASK_STATUS\", \"EVENT_ID\": 77,"
                + " \"OBJECT_ID\": 5348024557502464, \"OBJECT_TYPE\": \"TASK_STATUS\", \"EVENT_TIMESTAMP\": 1476432000,"
                + " \"HAS_ATTACHMENT\": true, \"TITLE\": \"On Our Way\", \"EXTRA_FIELDS\": {\"notes\": \"hi\"}}");

        assertThat(changes.events())
                .containsExactly(new WebhookEvent(
                        "TASK_STATUS",
                        77L,
                        5348024557502464L,
                        "TASK_STATUS",
                        Instant.parse("2016-10-14T08:00:00Z"),
                        true));
        assertThat(changes.refetch()).containsExactly(5348024557502464L);
        assertThat(changes.deleted()).isEmpty();
    }

    @Test
    void readsTheNewerPayloadWithIsoTimesAndTextIds() {
        WebhookEvent event = WebhookBody.parse("{\"EVENT_TYPE\": \"TASK_RESCHEDULED\", \"OBJECT_ID\": \"42\","
                        + " \"EVENT_TIME\": \"2024-06-01T10:00:00-07:00\", \"HAS_ATTACHMENTS\": false,"
                        + " \"OBJECT_FIELDS\": {\"END_DATETIME\": \"x\"}}")
                .events()
                .get(0);

        assertThat(event.taskId()).isEqualTo(42L);
        assertThat(event.time()).isEqualTo(Instant.parse("2024-06-01T17:00:00Z"));
        assertThat(event.hasAttachments()).isFalse();
    }

    @Test
    void aDeletedTaskIsNotFetchedAgainWhateverCameBefore() {
        WebhookBody.TaskChanges changes = WebhookBody.parse("[{\"EVENT_TYPE\": \"TASK_CREATED\", \"OBJECT_ID\": 1},"
                + " {\"event_type\": \"crew_assigned\", \"object_id\": 2},"
                + " {\"EVENT_TYPE\": \"TASK_DELETED\", \"OBJECT_ID\": 1},"
                + " {\"EVENT_TYPE\": \"TASK_STATUS\", \"OBJECT_ID\": 1}]");

        assertThat(changes.refetch()).containsExactly(2L);
        assertThat(changes.deleted()).containsExactly(1L);
    }

    @Test
    void namesWhatIsMissingOrWrong() {
        assertThatThrownBy(() -> WebhookBody.parse("{\"OBJECT_ID\": 1}"))
                .hasMessage("a webhook event has no EVENT_TYPE");
        assertThatThrownBy(() -> WebhookBody.parse("{\"EVENT_TYPE\": \"LATE\"}"))
                .hasMessage("LATE event has no OBJECT_ID");
        assertThatThrownBy(() -> WebhookBody.parse("{\"EVENT_TYPE\": \"LATE\", \"OBJECT_ID\": \"abc\"}"))
                .hasMessage("LATE event: OBJECT_ID 'abc' is not a task id");
        assertThatThrownBy(() -> WebhookBody.parse("not json")).hasMessageStartingWith("the webhook body is not JSON");
    }
}
