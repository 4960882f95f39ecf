package dev.ingest.core.spi;

import static dev.ingest.core.spi.JsonFields.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.testing.RebuiltRecords;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What of a record {@code _raw} keeps besides the columns, and the record rebuilt from both. */
class JsonFieldsUnmappedTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonFields CONTACTS = new JsonFields(
            List.of(
                    field("id", ColumnType.INTEGER, "id"),
                    field("email", ColumnType.TEXT, "properties.email"),
                    field("city", ColumnType.TEXT, "properties.address.city"),
                    field("score", ColumnType.DECIMAL, "score"),
                    field("active", ColumnType.BOOLEAN, "active"),
                    field("born", ColumnType.DATE, "born"),
                    field("updated_at", ColumnType.TIMESTAMP, "updatedAt"),
                    field("tags", ColumnType.JSON, "tags"),
                    field("first_item", ColumnType.TEXT, "items.0.name")),
            List.of("id"),
            new JsonFields.SoftDelete("archived", null));

    @Test
    void aRecordWhoseEveryFieldIsAColumnKeepsNothing() throws IOException {
        String record = """
                {"id": 7, "properties": {"email": "a@b.c", "address": {"city": "Lyon"}}, "score": 1.5,
                 "active": true, "born": "1990-02-03", "updatedAt": "2024-06-01T10:00:00.250Z", "tags": ["x", {"y": 1}]}""";

        assertThat(unmapped(CONTACTS, record)).isNull();
        assertRebuilds(CONTACTS, record);
    }

    @Test
    void fieldsNoColumnReadsAndTheRestOfObjectsWithColumnsStay() throws IOException {
        String record = """
                {"id": 7, "owner": {"name": "Ann"}, "archived": false,
                 "properties": {"email": "a@b.c", "phone": "555", "address": {"city": "Lyon", "zip": "69001"}}}""";

        assertThat(json(unmapped(CONTACTS, record))).isEqualTo(json("""
                        {"owner": {"name": "Ann"}, "archived": false,
                         "properties": {"phone": "555", "address": {"zip": "69001"}}}"""));
        assertRebuilds(CONTACTS, record);
    }

    @Test
    void aValueItsColumnDoesNotGiveBackExactlyStaysAsTheRecordGaveIt() throws IOException {
        // An offset a timestamp column does not keep, a whole number as text, a flag as text; then a timestamp finer
        // than a microsecond.
        String record = """
                {"id": "7", "updatedAt": "2024-06-01T10:00:00-05:00", "active": "true", "born": "1990-02-03",
                 "score": 2}""";

        assertThat(json(unmapped(CONTACTS, record))).isEqualTo(json("""
                        {"id": "7", "updatedAt": "2024-06-01T10:00:00-05:00", "active": "true"}"""));
        assertRebuilds(CONTACTS, record);
        assertThat(json(unmapped(CONTACTS, """
                        {"id": 7, "updatedAt": "2024-06-01T10:00:00.123456789Z"}""")))
                .isEqualTo(json("{\"updatedAt\": \"2024-06-01T10:00:00.123456789Z\"}"));
    }

    @Test
    void nullsComeBackAndAnObjectOfNullsIsKeptEmptySoThatTheyCanBePutBack() throws IOException {
        String record = """
                {"id": 7, "properties": {"email": null, "address": {"city": null}}, "score": null}""";

        assertThat(json(unmapped(CONTACTS, record))).isEqualTo(json("{\"properties\": {\"address\": {}}}"));
        assertRebuilds(CONTACTS, record);
    }

    @Test
    void aDeclaredFieldTheRecordLacksComesBackNullOnlyInAnObjectItHas() throws IOException {
        JsonNode rebuilt =
                json(CONTACTS.rebuild(row(CONTACTS, "{\"id\": 7}").values(), unmapped(CONTACTS, "{\"id\": 7}")));

        assertThat(rebuilt.get("score").isNull()).isTrue();
        assertThat(rebuilt.has("properties"))
                .as("an object the record did not have")
                .isFalse();
    }

    @Test
    void aColumnReadFromAnArrayLeavesTheArrayWholeInRaw() throws IOException {
        String record = "{\"id\": 7, \"items\": [{\"name\": \"bolt\", \"qty\": 3}]}";

        assertThat(json(unmapped(CONTACTS, record))).isEqualTo(json("{\"items\": [{\"name\": \"bolt\", \"qty\": 3}]}"));
        assertRebuilds(CONTACTS, record);
    }

    @Test
    void aSoftDeleteMarkerThatIsNoColumnStaysInRaw() throws IOException {
        String record = "{\"id\": 7, \"archived\": true}";

        assertThat(row(CONTACTS, record).deletedAt()).isNotNull();
        assertThat(json(unmapped(CONTACTS, record))).isEqualTo(json("{\"archived\": true}"));
    }

    @Test
    void aDerivedColumnIsNeitherKeptNorPutBack() throws IOException {
        JsonFields fields = new JsonFields(
                List.of(field("id", ColumnType.INTEGER, "id"), JsonFields.derived("id_text", ColumnType.TEXT)),
                List.of("id"),
                null);
        ObjectNode source = (ObjectNode) json("{\"id\": 7, \"note\": \"n\"}");
        ObjectNode reshaped = source.deepCopy().put("id_text", "seven");
        Row row = (Row) fields.process(RawRecord.of(reshaped));

        String raw = fields.unmapped(RawRecord.of(source), row);

        assertThat(json(raw)).isEqualTo(json("{\"note\": \"n\"}"));
        assertThat(json(fields.rebuild(row.values(), raw))).isEqualTo(source);
    }

    @Test
    void aConversionThatCannotRenderKeepsEveryFieldOfItsColumns() throws IOException {
        JsonFields fields = new JsonFields(
                List.of(field("id", ColumnType.INTEGER, "id"), field("name", ColumnType.TEXT, "name")),
                List.of("id"),
                null,
                (type, node) -> type == ColumnType.INTEGER ? (Object) node.longValue() : node.asText());
        String record = "{\"id\": 7, \"name\": \"Ann\"}";

        assertThat(json(unmapped(fields, record))).isEqualTo(json(record));
        assertRebuilds(fields, record);
    }

    @Test
    void aWholeRecordKeptByTheOtherPolicyRebuildsAsItIs() throws IOException {
        String record = "{\"id\": 7, \"score\": 1.50, \"owner\": \"Ann\"}";

        RebuiltRecords.assertRebuilds(
                json(record), CONTACTS.rebuild(row(CONTACTS, record).values(), record), record);
    }

    private static void assertRebuilds(JsonFields fields, String record) throws IOException {
        RebuiltRecords.assertRebuilds(
                json(record), fields.rebuild(row(fields, record).values(), unmapped(fields, record)), record);
    }

    private static String unmapped(JsonFields fields, String record) throws IOException {
        RawRecord raw = RawRecord.of((ObjectNode) json(record));
        return fields.unmapped(raw, (Row) fields.process(raw));
    }

    private static Row row(JsonFields fields, String record) throws IOException {
        return (Row) fields.process(RawRecord.of((ObjectNode) json(record)));
    }

    private static JsonNode json(String text) throws IOException {
        return text == null ? null : MAPPER.readTree(text);
    }
}
