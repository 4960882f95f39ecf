package dev.ingest.core.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Stream;
import java.time.LocalDate;
import java.util.List;

/** The {@code deals} stream: who a deal is with never changes; its stage, amount and close date change with each round. */
final class Deals {

    static final Stream STREAM = new Stream(
            "deals",
            "deals",
            List.of("id"),
            List.of(
                    Column.integer("id"),
                    Column.text("name"),
                    Column.integer("contact_id"),
                    Column.integer("company_id"),
                    Column.text("pipeline"),
                    Column.text("stage"),
                    Column.decimal("amount"),
                    Column.text("currency"),
                    Column.date("close_date"),
                    Column.bool("is_closed"),
                    Column.timestamp("created_at"),
                    Column.timestamp("updated_at")),
            "updated_at",
            Deals::process);

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

    static Outcome process(RawRecord record) {
        return RecordFields.row(record, fields -> new Object[] {
            fields.key("id"),
            fields.text("dealName"),
            fields.integer("contactId"),
            fields.integer("companyId"),
            fields.text("pipeline"),
            fields.text("dealStage"),
            fields.decimal("amount"),
            fields.text("currency"),
            fields.date("closeDate"),
            fields.bool("isClosed"),
            fields.instant("createdAt"),
            fields.instant("updatedAt")
        });
    }
}
