package dev.ingest.core.internal.sample;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.DATE;
import static dev.ingest.core.spi.ColumnType.DECIMAL;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;
import static dev.ingest.core.spi.JsonFields.field;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.seed.SampleValues;
import java.time.LocalDate;
import java.util.List;

/** The {@code deals} stream: who a deal is with never changes; its stage, amount and close date change with each round. */
final class Deals {

    /** Each column read from the record's camel-case field. */
    private static final JsonFields FIELDS = new JsonFields(
            List.of(
                    field("id", INTEGER, "id"),
                    field("name", TEXT, "dealName"),
                    field("contact_id", INTEGER, "contactId"),
                    field("company_id", INTEGER, "companyId"),
                    field("pipeline", TEXT, "pipeline"),
                    field("stage", TEXT, "dealStage"),
                    field("amount", DECIMAL, "amount"),
                    field("currency", TEXT, "currency"),
                    field("close_date", DATE, "closeDate"),
                    field("is_closed", BOOLEAN, "isClosed"),
                    field("created_at", TIMESTAMP, "createdAt"),
                    field("updated_at", TIMESTAMP, "updatedAt")),
            List.of("id"),
            null);

    static final Stream STREAM = new Stream("deals", "deals", List.of("id"), FIELDS.columns(), "updated_at", FIELDS);

    private static final long DEAL_CONTACT = 2;
    private static final long CLOSE_DAYS = 3;
    private static final long DAY = 86_400_000L;
    private static final int LONGEST_SALES_CYCLE_DAYS = 120;

    private Deals() {}

    static ObjectNode record(SampleData data, long index) {
        SampleValues values = data.values();
        long contact = values.choose(
                DEAL_CONTACT,
                index,
                SampleTable.CONTACTS.initialCount(data.settings().count()));
        long company = data.companyOfContact(contact);
        Timeline timeline = data.timeline(SampleTable.DEALS);
        SampleValues now = data.valuesOfRound(timeline.lastRound(index));
        String stage = now.dealStage(index);
        long createdAt = timeline.createdAt(index);
        LocalDate closeDate = LocalDate.ofEpochDay(
                Math.floorDiv(createdAt, DAY) + 1 + now.choose(CLOSE_DAYS, index, LONGEST_SALES_CYCLE_DAYS));
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", index + 1);
        node.put("dealName", values.company(company).name() + " – " + values.dealKind(index));
        node.put("contactId", contact + 1);
        node.put("companyId", company + 1);
        node.put("pipeline", "default");
        node.put("dealStage", stage);
        node.put("amount", now.amount(index).toPlainString());
        node.put("currency", "USD");
        node.put("closeDate", closeDate.toString());
        node.put("isClosed", stage.startsWith("closed"));
        timeline.stamp(node, index);
        return node;
    }
}
