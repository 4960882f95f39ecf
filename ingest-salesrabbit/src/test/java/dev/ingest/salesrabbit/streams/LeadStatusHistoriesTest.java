package dev.ingest.salesrabbit.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeadStatusHistoriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shape of SR-PIPE's sample: events under their lead's id, the user's id as a string. */
    private static final String ANSWER = """
            {"data": {
               "13688": [
                 {"id": 204, "name": "Objection - Follow Up", "abbreviation": "FU", "active": true,
                  "changedByUserId": "911705149", "statusUpdated": "2021-07-04T01:05:00+00:00",
                  "leadCreated": "2021-07-04T01:03:20+00:00", "leadModified": "2021-07-04T01:05:00+00:00"},
                 {"id": 201, "name": "Not Home", "abbreviation": "NH", "active": true,
                  "changedByUserId": "911705149", "statusUpdated": "2021-07-04T01:03:20+00:00"}],
               "13690": [
                 {"id": 201, "name": "Not Home", "abbreviation": "NH", "active": true,
                  "changedByUserId": "911705150", "statusUpdated": "2021-07-04T01:04:00+00:00"}]},
             "meta": {"morePages": true}}
            """;

    @Test
    void eachEventBecomesARecordOfItsLeadInTimeOrderAndTheMetaStays() throws Exception {
        JsonNode flat = LeadStatusHistories.flatten(JSON.readTree(ANSWER));

        assertThat(flat.path("meta").path("morePages").asBoolean()).isTrue();
        assertThat(flat.path("data")).hasSize(3);
        assertThat(flat.path("data").findValuesAsText("leadId")).containsExactly("13688", "13690", "13688");
        assertThat(flat.path("data").findValuesAsText("statusUpdated"))
                .containsExactly("2021-07-04T01:03:20+00:00", "2021-07-04T01:04:00+00:00", "2021-07-04T01:05:00+00:00");
    }

    @Test
    void aRowIsKeyedByLeadStatusAndTimeWithTheUserIdAsANumber() throws Exception {
        Stream stream = LeadStatusHistories.stream(1000, Duration.ZERO);
        JsonNode last =
                LeadStatusHistories.flatten(JSON.readTree(ANSWER)).path("data").get(2);

        Row row = (Row) stream.processor().process(RawRecord.of(last.deepCopy()));

        assertThat(stream.primaryKey()).containsExactly("lead_id", "status_id", "status_updated");
        assertThat(row.values()[stream.columnIndex("lead_id")]).isEqualTo(13688L);
        assertThat(row.values()[stream.columnIndex("status_id")]).isEqualTo(204L);
        assertThat(row.values()[stream.columnIndex("status_updated")]).isEqualTo(Instant.parse("2021-07-04T01:05:00Z"));
        assertThat(row.values()[stream.columnIndex("changed_by_user_id")]).isEqualTo(911705149L);
    }

    @Test
    void anEmptyAnswerMayComeAsAnEmptyArray() throws Exception {
        JsonNode flat = LeadStatusHistories.flatten(JSON.readTree("{\"data\": [], \"meta\": {\"morePages\": false}}"));

        assertThat(flat.path("data").isArray()).isTrue();
        assertThat(flat.path("data")).isEmpty();
    }

    @Test
    void anAnswerWithoutAMapOfLeadsFailsTheRead() throws Exception {
        assertThatThrownBy(() -> LeadStatusHistories.flatten(JSON.readTree("{\"data\": \"nope\"}")))
                .isInstanceOf(SourceException.class)
                .hasMessage("/leadStatusHistories answered no map of leads' status events");
        assertThatThrownBy(() -> LeadStatusHistories.flatten(JSON.readTree("{\"data\": {\"7\": [1]}}")))
                .isInstanceOf(SourceException.class)
                .hasMessage("/leadStatusHistories answered a status event of lead 7 that is not a JSON object");
    }
}
