package dev.ingest.genius.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Row;
import dev.ingest.core.testing.RebuiltRecords;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlValuesTest {

    private static final JsonFields ROWS = new TableDefinition(
                    "prospects",
                    "prospect",
                    List.of("id"),
                    "updated_at",
                    "is_deleted",
                    List.of(
                            new TableDefinition.SourceColumn(Column.decimal("id"), "id"),
                            new TableDefinition.SourceColumn(Column.decimal("value"), "value"),
                            new TableDefinition.SourceColumn(Column.bool("is_deleted"), "is_deleted"),
                            new TableDefinition.SourceColumn(Column.bool("do_not_call"), "do_not_call"),
                            new TableDefinition.SourceColumn(Column.date("birth_date"), "birth_date"),
                            new TableDefinition.SourceColumn(Column.timestamp("created_at"), "created_at"),
                            new TableDefinition.SourceColumn(Column.timestamp("updated_at"), "updated_at")),
                    "test")
            .fields(ZoneId.of("America/New_York"));

    @Test
    void aRowAsTheReaderGivesItKeepsNothingBesidesItsColumns() {
        ObjectNode row = row().put("created_at", "2024-03-01 09:30:00").put("updated_at", "2024-03-01 09:30:00.25");

        assertThat(unmapped(row)).isNull();
        assertRebuilds(row);
    }

    @Test
    void zeroDatesFlagsOtherThanZeroOrOneAndTimesInAClockChangeStayAsTheDatabaseGaveThem() {
        ObjectNode row = row().put("birth_date", "0000-00-00")
                .put("do_not_call", 2)
                .put("created_at", "2024-03-10 02:30:00") // no such time in New York: clocks went from 2:00 to 3:00
                .put("updated_at", "2024-03-01 09:30:00");

        assertThat(unmapped(row))
                .isEqualTo("{\"do_not_call\":2,\"birth_date\":\"0000-00-00\",\"created_at\":\"2024-03-10 02:30:00\"}");
        assertRebuilds(row);
    }

    private static ObjectNode row() {
        return JsonNodeFactory.instance
                .objectNode()
                .put("id", new BigDecimal("18446744073709551615"))
                .put("value", new BigDecimal("12.50"))
                .put("is_deleted", 0)
                .put("do_not_call", 1)
                .put("birth_date", "1990-02-03");
    }

    private static String unmapped(ObjectNode row) {
        RawRecord record = RawRecord.of(row);
        return ROWS.unmapped(record, (Row) ROWS.process(record));
    }

    private static void assertRebuilds(ObjectNode row) {
        RawRecord record = RawRecord.of(row);
        Row mapped = (Row) ROWS.process(record);
        RebuiltRecords.assertRebuilds(
                row, ROWS.rebuild(mapped.values(), ROWS.unmapped(record, mapped)), row.toString());
    }
}
