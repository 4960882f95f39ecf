package dev.ingest.core.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Stream;
import java.math.BigDecimal;
import java.util.List;

/** The {@code companies} stream: name, domain and place never change; size and revenue change with each round. */
final class Companies {

    static final Stream STREAM = new Stream(
            "companies",
            "companies",
            List.of("id"),
            List.of(
                    Column.integer("id"),
                    Column.text("name"),
                    Column.text("domain"),
                    Column.text("industry"),
                    Column.text("phone"),
                    Column.text("city"),
                    Column.text("state"),
                    Column.integer("employee_count"),
                    Column.decimal("annual_revenue"),
                    Column.timestamp("created_at"),
                    Column.timestamp("updated_at")),
            "updated_at",
            Companies::process);

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

    static Outcome process(RawRecord record) {
        return RecordFields.row(record, fields -> new Object[] {
            fields.key("id"),
            fields.text("name"),
            fields.text("domain"),
            fields.text("industry"),
            fields.text("phone"),
            fields.text("city"),
            fields.text("state"),
            fields.integer("numberOfEmployees"),
            fields.decimal("annualRevenue"),
            fields.instant("createdAt"),
            fields.instant("updatedAt")
        });
    }
}
