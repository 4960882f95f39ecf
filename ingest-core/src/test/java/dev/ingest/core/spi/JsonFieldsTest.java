package dev.ingest.core.spi;

import static dev.ingest.core.spi.JsonFields.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonFields ORDERS = new JsonFields(
            List.of(
                    field("id", ColumnType.INTEGER, "id"),
                    field("city", ColumnType.TEXT, "customer.address.city"),
                    field("total", ColumnType.DECIMAL, "total"),
                    field("paid", ColumnType.BOOLEAN, "paid"),
                    field("due", ColumnType.DATE, "due"),
                    field("updated_at", ColumnType.TIMESTAMP, "updatedAt"),
                    field("tags", ColumnType.JSON, "tags")),
            List.of("id"),
            new JsonFields.SoftDelete("archived", "updatedAt"));

    private static Outcome process(JsonFields fields, String json) {
        try {
            return fields.process(RawRecord.of((ObjectNode) MAPPER.readTree(json)));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void eachColumnIsReadFromItsPathAndConvertedToItsType() {
        Row row = (Row) process(ORDERS, """
                {"id": 7, "customer": {"address": {"city": "Lyon"}}, "total": "12.50", "paid": "true",
                 "due": "2024-06-01", "updatedAt": "2024-06-01T10:00:00+02:00", "tags": ["a", {"b": 1}]}""");

        assertThat(row.values())
                .containsExactly(
                        7L,
                        "Lyon",
                        new BigDecimal("12.50"),
                        true,
                        LocalDate.of(2024, 6, 1),
                        Instant.parse("2024-06-01T08:00:00Z"),
                        "[\"a\",{\"b\":1}]");
        assertThat(row.deletedAt()).isNull();
    }

    @Test
    void timestampsAreReadWithOrWithoutAnOffsetOrAsEpochMillis() {
        JsonFields at = new JsonFields(
                List.of(field("id", ColumnType.INTEGER, "id"), field("at", ColumnType.TIMESTAMP, "at")),
                List.of("id"),
                null);

        assertThat(((Row) process(at, "{\"id\":1,\"at\":\"2024-06-01T08:00:00Z\"}")).values()[1])
                .isEqualTo(Instant.parse("2024-06-01T08:00:00Z"));
        assertThat(((Row) process(at, "{\"id\":1,\"at\":\"2024-06-01T08:00:00.250\"}")).values()[1])
                .isEqualTo(Instant.parse("2024-06-01T08:00:00.250Z"));
        assertThat(((Row) process(at, "{\"id\":1,\"at\":1717228800000}")).values()[1])
                .isEqualTo(Instant.parse("2024-06-01T08:00:00Z"));
    }

    @Test
    void missingAndNullValuesAreNullButAMissingKeyRejectsTheRecord() {
        Row row = (Row) process(ORDERS, "{\"id\": 7, \"customer\": null, \"total\": null}");

        assertThat(row.values()).containsExactly(7L, null, null, null, null, null, null);
        assertThat(process(ORDERS, "{\"customer\": {\"address\": {\"city\": \"Lyon\"}}}"))
                .isEqualTo(new Rejection(null, "id: missing"));
    }

    @Test
    void aValueThatDoesNotConvertRejectsTheRecordNamingColumnAndValue() {
        assertThat(process(ORDERS, "{\"id\": 7, \"total\": \"twelve\"}"))
                .isEqualTo(new Rejection("7", "total: \"twelve\" is not a decimal number"));
        assertThat(process(ORDERS, "{\"id\": 7, \"paid\": \"yes\"}"))
                .isEqualTo(new Rejection("7", "paid: \"yes\" is not true or false"));
        assertThat(process(ORDERS, "{\"id\": 7.5}")).isEqualTo(new Rejection("7.5", "id: 7.5 is not a whole number"));
        assertThat(process(ORDERS, "{\"id\": 7, \"due\": \"01/06/2024\"}"))
                .isEqualTo(new Rejection("7", "due: \"01/06/2024\" is not an ISO-8601 date"));
        assertThat(process(ORDERS, "{\"id\": 7, \"customer\": {\"address\": {\"city\": {\"name\": \"Lyon\"}}}}"))
                .isEqualTo(new Rejection("7", "city: {\"name\":\"Lyon\"} is not text"));
    }

    @Test
    void aFlaggedRecordIsDeletedAtItsModificationTimeAndATimestampMarkerIsTheTimeItself() {
        assertThat(((Row) process(ORDERS, "{\"id\": 7, \"archived\": true, \"updatedAt\": \"2024-06-01T08:00:00Z\"}"))
                        .deletedAt())
                .isEqualTo(Instant.parse("2024-06-01T08:00:00Z"));
        assertThat(((Row) process(ORDERS, "{\"id\": 7, \"archived\": true}")).deletedAt())
                .isEqualTo(Instant.EPOCH);
        assertThat(((Row) process(ORDERS, "{\"id\": 7, \"archived\": false}")).deletedAt())
                .isNull();

        JsonFields deletedAt = new JsonFields(
                List.of(field("id", ColumnType.INTEGER, "id")),
                List.of("id"),
                new JsonFields.SoftDelete("deletedAt", null));
        assertThat(((Row) process(deletedAt, "{\"id\": 7, \"deletedAt\": \"2024-06-02T00:00:00Z\"}")).deletedAt())
                .isEqualTo(Instant.parse("2024-06-02T00:00:00Z"));
        assertThat(process(deletedAt, "{\"id\": 7, \"deletedAt\": \"soon\"}"))
                .isEqualTo(new Rejection("7", "deletedAt: \"soon\" is not true, false or a timestamp"));
        JsonFields archivedAt = new JsonFields(
                List.of(field("id", ColumnType.INTEGER, "id")),
                List.of("id"),
                new JsonFields.SoftDelete("archived", "archivedAt"));
        assertThat(process(archivedAt, "{\"id\": 7, \"archived\": true, \"archivedAt\": \"yesterday\"}"))
                .isEqualTo(new Rejection(
                        "7", "archivedAt: \"yesterday\" is not an ISO-8601 timestamp or epoch milliseconds"));
    }

    @Test
    void aKeyMustBeADeclaredField() {
        assertThatThrownBy(() -> new JsonFields(List.of(field("id", ColumnType.INTEGER, "id")), List.of("uid"), null))
                .hasMessage("key uid is not a field");
    }

    @Test
    void aSourcesOwnConversionReadsItsValuesAndItsSoftDeleteFlagWithItsReasonsInRejections() {
        // A source that writes flags as 0/1 and refuses negative amounts with a reason of its own.
        ValueConversion zeroOne = (type, node) -> switch (type) {
            case BOOLEAN -> node.asInt() != 0;
            case INTEGER -> {
                if (node.asLong() < 0) {
                    throw new InvalidValueException(node.asLong() + " is below zero");
                }
                yield node.asLong();
            }
            default -> node.asText();
        };
        JsonFields fields = new JsonFields(
                List.of(
                        field("id", ColumnType.INTEGER, "id"),
                        field("gone", ColumnType.BOOLEAN, "gone"),
                        field("changed", ColumnType.TEXT, "changed")),
                List.of("id"),
                new JsonFields.SoftDelete("gone", "changed"),
                zeroOne);

        Row kept = (Row) process(fields, "{\"id\": 1, \"gone\": 0, \"changed\": \"x\"}");
        Row deleted = (Row) process(fields, "{\"id\": 2, \"gone\": 1}");

        assertThat(kept.values()).containsExactly(1L, false, "x");
        assertThat(kept.deletedAt()).isNull();
        assertThat(deleted.deletedAt()).as("flagged, time unknown").isEqualTo(Instant.EPOCH);
        assertThat(process(fields, "{\"id\": -3}")).isEqualTo(new Rejection("-3", "id: -3 is below zero"));
    }
}
