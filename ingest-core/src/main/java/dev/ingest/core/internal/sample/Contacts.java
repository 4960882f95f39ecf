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
import java.math.BigDecimal;
import java.util.List;

/** The {@code contacts} stream: a person never changes; their stage and value change with each round. */
final class Contacts {

    /** Each column read from the record's camel-case field. */
    private static final JsonFields FIELDS = new JsonFields(
            List.of(
                    field("id", INTEGER, "id"),
                    field("first_name", TEXT, "firstName"),
                    field("last_name", TEXT, "lastName"),
                    field("email", TEXT, "email"),
                    field("phone", TEXT, "phone"),
                    field("company_id", INTEGER, "companyId"),
                    field("city", TEXT, "city"),
                    field("state", TEXT, "state"),
                    field("lifecycle_stage", TEXT, "lifecycleStage"),
                    field("is_customer", BOOLEAN, "isCustomer"),
                    field("lifetime_value", DECIMAL, "lifetimeValue"),
                    field("birth_date", DATE, "birthDate"),
                    field("created_at", TIMESTAMP, "createdAt"),
                    field("updated_at", TIMESTAMP, "updatedAt")),
            List.of("id"),
            null);

    static final Stream STREAM =
            new Stream("contacts", "contacts", List.of("id"), FIELDS.columns(), "updated_at", FIELDS);

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
}
