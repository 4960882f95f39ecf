package dev.ingest.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.internal.warehouse.StagedRow;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.RawPolicy;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Stream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordTransformerTest {

    private final Stream stream = new Stream(
            "notes",
            "notes",
            List.of("id"),
            List.of(new Column("id", ColumnType.INTEGER)),
            null,
            record -> record.data().path("id").asLong() < 0
                    ? new Rejection(record.data().path("id").asText(), "negative id")
                    : new Row(new Object[] {record.data().path("id").asLong()}, null));

    @Test
    void batchIsFullWhenItsRawJsonReachesTheCapBeforeTheRecordCount() {
        RecordTransformer.BatchBuilder batch = new RecordTransformer.BatchBuilder();
        String text = "x".repeat(1 << 20);
        List<RawRecord> page = new ArrayList<>();
        for (long id = 1; id <= 15; id++) {
            page.add(record(id, text));
        }
        new RecordTransformer(stream, RawPolicy.ALL).transform(page, true, batch);
        assertThat(batch.isFull(20_000)).isFalse();

        new RecordTransformer(stream, RawPolicy.ALL)
                .transform(List.of(record(-1, text), record(16, text)), true, batch);

        assertThat(batch.size()).isEqualTo(17);
        assertThat(batch.isFull(20_000)).isTrue();
        ProcessedBatch built = batch.build("page-2");
        assertThat(built.rows()).hasSize(16);
        assertThat(built.rejects()).extracting(r -> r.reason()).containsExactly("negative id");
        assertThat(built.checkpoint()).isEqualTo("page-2");
        assertThat(batch.size()).isZero();
        assertThat(batch.isFull(20_000)).isFalse();
    }

    @Test
    void batchIsFullWhenItsStringValuesReachTheCapThoughItsRecordsKeepNoRawJson() {
        Stream texts = new Stream(
                "notes",
                "notes",
                List.of("id"),
                List.of(new Column("id", ColumnType.INTEGER), new Column("text", ColumnType.TEXT)),
                null,
                record -> Row.of(
                        record.data().path("id").asLong(),
                        record.data().path("text").asText()));
        RecordTransformer.BatchBuilder batch = new RecordTransformer.BatchBuilder();
        String text = "x".repeat(1 << 20);
        List<RawRecord> page = new ArrayList<>();
        for (long id = 1; id <= 16; id++) {
            ObjectNode data = record(id, text).data();
            page.add(new RawRecord() {
                @Override
                public ObjectNode data() {
                    return data;
                }

                @Override
                public String json() {
                    return null;
                }

                @Override
                public String location() {
                    return null;
                }

                @Override
                public String originalText() {
                    return null;
                }
            });
            new RecordTransformer(texts, RawPolicy.ALL)
                    .transform(page.subList(page.size() - 1, page.size()), true, batch);
            assertThat(batch.isFull(20_000)).isEqualTo(id == 16);
        }
    }

    @Test
    void batchIsFullAtTheRecordCount() {
        RecordTransformer.BatchBuilder batch = new RecordTransformer.BatchBuilder();
        new RecordTransformer(stream, RawPolicy.ALL).transform(List.of(record(1, "a"), record(2, "b")), true, batch);

        assertThat(batch.isFull(3)).isFalse();
        assertThat(batch.isFull(2)).isTrue();
    }

    @Test
    void aRowKeepsWhatItsColumnsDoNotHoldOrTheWholeRecordAndARejectKeepsTheWholeRecord() {
        JsonFields fields = new JsonFields(
                List.of(
                        JsonFields.field("id", ColumnType.INTEGER, "id"),
                        JsonFields.field("n", ColumnType.INTEGER, "n")),
                List.of("id"),
                null);
        Stream numbers = new Stream("numbers", "numbers", List.of("id"), fields.columns(), null, fields);
        ObjectNode good =
                JsonNodeFactory.instance.objectNode().put("id", 1).put("n", 2).put("note", "x");
        ObjectNode bad = JsonNodeFactory.instance
                .objectNode()
                .put("id", 2)
                .put("n", "two")
                .put("note", "y");

        for (RawPolicy policy : RawPolicy.values()) {
            RecordTransformer.BatchBuilder batch = new RecordTransformer.BatchBuilder();
            new RecordTransformer(numbers, policy)
                    .transform(List.of(RawRecord.of(good), RawRecord.of(bad)), true, batch);
            ProcessedBatch built = batch.build(null);

            assertThat(built.rows())
                    .extracting(StagedRow::raw)
                    .as("%s", policy)
                    .containsExactly(policy == RawPolicy.ALL ? good.toString() : "{\"note\":\"x\"}");
            assertThat(built.rejects()).extracting(r -> r.payload()).containsExactly(bad.toString());
        }
    }

    private static RawRecord record(long id, String text) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("id", id);
        data.put("text", text);
        return RawRecord.of(data);
    }
}
