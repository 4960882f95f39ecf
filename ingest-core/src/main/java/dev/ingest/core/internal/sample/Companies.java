package dev.ingest.core.internal.sample;

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

/** The {@code companies} stream: name, domain and place never change; size and revenue change with each round. */
final class Companies {

    /** Each column read from the record's camel-case field. */
    private static final JsonFields FIELDS = new JsonFields(
            List.of(
                    field("id", INTEGER, "id"),
                    field("name", TEXT, "name"),
                    field("domain", TEXT, "domain"),
                    field("industry", TEXT, "industry"),
                    field("phone", TEXT, "phone"),
                    field("city", TEXT, "city"),
                    field("state", TEXT, "state"),
                    field("employee_count", INTEGER, "numberOfEmployees"),
                    field("annual_revenue", DECIMAL, "annualRevenue"),
                    field("created_at", TIMESTAMP, "createdAt"),
                    field("updated_at", TIMESTAMP, "updatedAt")),
            List.of("id"),
            null);

    static final Stream STREAM =
            new Stream("companies", "companies", List.of("id"), FIELDS.columns(), "updated_at", FIELDS);

    private static final BigDecimal LEAST_REVENUE_PER_EMPLOYEE = BigDecimal.valueOf(60_000);

    private Companies() {}

    static ObjectNode record(SampleData data, long index) {
        SampleValues.Company company = data.values().company(index);
        Timeline timeline = data.timeline(SampleTable.COMPANIES);
        SampleValues now = data.valuesOfRound(timeline.lastRound(index));
        long employees = now.employees(index);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", index + 1);
        node.put("name", company.name());
        node.put("domain", company.domain());
        node.put("industry", company.industry());
        node.put("phone", company.phone());
        node.put("city", company.city());
        node.put("state", company.state());
        node.put("numberOfEmployees", employees);
        node.put(
                "annualRevenue",
                LEAST_REVENUE_PER_EMPLOYEE
                        .add(now.amount(index))
                        .multiply(BigDecimal.valueOf(employees))
                        .toPlainString());
        timeline.stamp(node, index);
        return node;
    }
}
