package dev.ingest.arrivy.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Stream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Stream tasks = Tasks.STREAM.stream();

    private Outcome process(String json) throws Exception {
        return tasks.processor().process(RawRecord.of((ObjectNode) JSON.readTree(json)));
    }

    private Object value(Outcome outcome, String column) {
        assertThat(outcome).isInstanceOf(Row.class);
        return ((Row) outcome).values()[tasks.columnIndex(column)];
    }

    @Test
    void readsNaiveTimesAsUtcAndKeepsTheOffsetTheyWereGivenIn() throws Exception {
        Outcome row = process("{\"id\": 5348024557502464, \"start_datetime\": \"2016-10-14T07:00:00\","
                + " \"start_datetime_original_iso_str\": \"2016-10-14T08:00:00+01:00\","
                + " \"end_datetime\": \"2016-10-14T17:00:00\","
                + " \"end_datetime_original_iso_str\": \"2016-10-14T09:00:7-0800\"}");

        assertThat(value(row, "id")).isEqualTo(5348024557502464L);
        assertThat(value(row, "start_datetime")).isEqualTo(Instant.parse("2016-10-14T07:00:00Z"));
        assertThat(value(row, "start_offset")).isEqualTo("+01:00");
        // Arrivy's own sample writes seconds as one digit and offsets without a colon.
        assertThat(value(row, "end_offset")).isEqualTo("-08:00");
        assertThat(value(row, "listing")).isEqualTo("scheduled");
    }

    @Test
    void takesEntityIdsAsAnArrayOrAsCommaSeparatedText() throws Exception {
        assertThat(value(process("{\"id\": 1, \"entity_ids\": \"5348024557502464, 6100296669331456,\"}"), "entity_ids"))
                .isEqualTo("[5348024557502464,6100296669331456]");
        assertThat(value(process("{\"id\": 1, \"entity_ids\": [5348024557502464, \"7\"]}"), "entity_ids"))
                .isEqualTo("[5348024557502464,7]");
        assertThat(value(process("{\"id\": 1, \"entity_ids\": 12}"), "entity_ids"))
                .isEqualTo("[12]");
        assertThat(value(process("{\"id\": 1}"), "entity_ids")).isNull();
    }

    @Test
    void setsAsideATaskWhoseIdsAreNotIds() throws Exception {
        Outcome outcome = process("{\"id\": 9, \"resource_ids\": \"12, truck\"}");

        assertThat(outcome).isEqualTo(new Rejection("9", "resource_ids: 'truck' is not an id"));
    }

    @Test
    void namesTheListATaskIsIn() throws Exception {
        assertThat(value(
                        process("{\"id\": 1, \"unscheduled\": true, \"start_datetime\": \"2016-10-14T07:00:00\"}"),
                        "listing"))
                .isEqualTo("unscheduled");
        assertThat(value(process("{\"id\": 1, \"start_datetime\": null}"), "listing"))
                .isEqualTo("undated");
    }

    @Test
    void aTaskMarkedGoneLoadsDeletedAsOfWhenItWasSeenSo() throws Exception {
        Outcome outcome = process("{\"id\": 1, \"title\": \"Kept\", \"ingest_deleted_at\": \"2024-06-01T10:00:00Z\"}");

        assertThat(((Row) outcome).deletedAt()).isEqualTo(Instant.parse("2024-06-01T10:00:00Z"));
        assertThat(value(outcome, "title")).isEqualTo("Kept");
    }
}
