package dev.ingest.core.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Stream;
import java.math.BigDecimal;
import java.util.List;

/** The {@code contacts} stream: a person never changes; their stage and value change with each round. */
final class Contacts {

    static final Stream STREAM = new Stream(
            "contacts",
            "contacts",
            List.of("id"),
            List.of(
                    Column.integer("id"),
                    Column.text("first_name"),
                    Column.text("last_name"),
                    Column.text("email"),
                    Column.text("phone"),
                    Column.integer("company_id"),
                    Column.text("city"),
                    Column.text("state"),
                    Column.text("lifecycle_stage"),
                    Column.bool("is_customer"),
                    Column.decimal("lifetime_value"),
                    Column.date("birth_date"),
                    Column.timestamp("created_at"),
                    Column.timestamp("updated_at")),
            "updated_at",
            Contacts::process);

    private static final BigDecimal NO_VALUE = BigDecimal.valueOf(0, 2);

    private Contacts() {}

    static ObjectNode record(SampleData data, long index) {
        SampleValues.Person person = data.values().person(index);
        Timeline timeline = data.timeline(SampleTable.CONTACTS);
        SampleValues now = data.valuesOfRound(timeline.lastRound(index));
        String stage = now.lifecycleStage(index);
        boolean customer = stage.equals("customer") || stage.equals("evangelist");
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", index + 1);
        node.put("firstName", person.firstName());
        node.put("lastName", person.lastName());
        node.put("email", person.email());
        node.put("phone", person.phone());
        node.put("companyId", data.companyOfContact(index) + 1);
        node.put("city", person.city());
        node.put("state", person.state());
        node.put("lifecycleStage", stage);
        node.put("isCustomer", customer);
        node.put("lifetimeValue", (customer ? now.amount(index) : NO_VALUE).toPlainString());
        node.put("birthDate", data.values().birthDate(index).toString());
        timeline.stamp(node, index);
        return node;
    }

    static Outcome process(RawRecord record) {
        return RecordFields.row(record, fields -> new Object[] {
            fields.key("id"),
            fields.text("firstName"),
            fields.text("lastName"),
            fields.text("email"),
            fields.text("phone"),
            fields.integer("companyId"),
            fields.text("city"),
            fields.text("state"),
            fields.text("lifecycleStage"),
            fields.bool("isCustomer"),
            fields.decimal("lifetimeValue"),
            fields.date("birthDate"),
            fields.instant("createdAt"),
            fields.instant("updatedAt")
        });
    }
}
