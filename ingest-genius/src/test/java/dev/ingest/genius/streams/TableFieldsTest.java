package dev.ingest.genius.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TableFieldsTest {

    private static final TableDefinition PROSPECTS = TableCatalog.builtIn().stream()
            .filter(d -> d.name().equals("prospects"))
            .findFirst()
            .orElseThrow();

    private static ObjectNode prospect() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", new BigInteger("18446744073709551615"))
                .put("division_id", 1)
                .putNull("marketing_source_id")
                .put("owner_user_id", 7)
                .put("first_name", "Zoë")
                .put("last_name", "Ng")
                .putNull("company")
                .putNull("notes")
                .put("status", "new")
                .put("estimated_value", new BigDecimal("99999999.99"))
                .put("do_not_call", 1)
                .put("birth_date", "0000-00-00")
                .put("is_deleted", 0)
                .put("created_at", "2024-00-10 00:00:00")
                .put("updated_at", "2024-02-01 09:00:00.250000");
        return node;
    }

    private static Object value(Outcome outcome, String column) {
        return ((Row) outcome).values()[PROSPECTS.columns().indexOf(PROSPECTS.column(column))];
    }

    @Test
    void mysqlValuesBecomeExactTypedValues() {
        Outcome outcome = PROSPECTS.fields(ZoneOffset.UTC).process(RawRecord.of(prospect()));

        assertThat(value(outcome, "id")).isEqualTo(new BigDecimal("18446744073709551615"));
        assertThat(value(outcome, "estimated_value")).isEqualTo(new BigDecimal("99999999.99"));
        assertThat(value(outcome, "do_not_call")).isEqualTo(true);
        assertThat(value(outcome, "owner_user_id")).isEqualTo(7L);
        assertThat(value(outcome, "marketing_source_id")).isNull();
        assertThat(value(outcome, "birth_date")).as("zero date").isNull();
        assertThat(value(outcome, "created_at")).as("zero month").isNull();
        assertThat(value(outcome, "updated_at")).isEqualTo(Instant.parse("2024-02-01T09:00:00.250Z"));
        assertThat(((Row) outcome).deletedAt()).isNull();
    }

    @Test
    void datetimesAreReadInTheDatabasesZone() {
        Outcome outcome = PROSPECTS
                .fields(ZoneId.of("America/Chicago"))
                .process(RawRecord.of(prospect().put("birth_date", "1980-05-17")));

        assertThat(value(outcome, "updated_at")).isEqualTo(Instant.parse("2024-02-01T15:00:00.250Z"));
        assertThat(value(outcome, "birth_date")).isEqualTo(LocalDate.of(1980, 5, 17));
    }

    @Test
    void aSoftDeleteFlagMarksTheRowDeletedAtItsModification() {
        Outcome outcome =
                PROSPECTS.fields(ZoneOffset.UTC).process(RawRecord.of(prospect().put("is_deleted", 1)));

        assertThat(((Row) outcome).deletedAt()).isEqualTo(Instant.parse("2024-02-01T09:00:00.250Z"));
        assertThat(value(outcome, "is_deleted")).isEqualTo(true);
    }

    @Test
    void undecodableTextAndValuesThatDoNotFitAreRejectedWithReasons() {
        JsonFields processor = PROSPECTS.fields(ZoneOffset.UTC);

        Outcome badText = processor.process(RawRecord.of(prospect()
                .set("last_name", BinaryNode.valueOf(new byte[] {'N', (byte) 0x9D}))));
        Outcome tooBig = processor.process(
                RawRecord.of(prospect().put("owner_user_id", new BigInteger("18446744073709551615"))));

        assertThat(badText)
                .isEqualTo(
                        new Rejection(
                                "18446744073709551615",
                                "last_name: text is neither valid UTF-8 nor Windows-1252 (byte 0x9d at offset 1); raw bytes 4e9d"));
        assertThat(((Rejection) tooBig).reason())
                .isEqualTo(
                        "owner_user_id: 18446744073709551615 does not fit a 64-bit integer; declare the column decimal");
    }
}
