package dev.ingest.salesrabbit.seed;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Seeder;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.seed.SampleValues;
import dev.ingest.http.client.ApiException;
import dev.ingest.salesrabbit.api.InferredApi;
import dev.ingest.salesrabbit.api.LeadsEndpoint;
import java.math.BigDecimal;

/**
 * Creates sample leads, one {@code POST /leads} each with a {@code {"data": {...}}} body, from {@link SampleValues}:
 * a person's name, email and phone, an address near Denver and the status "Not Home". SalesRabbit has no upsert
 * on a key of the caller's, so seeding again creates more leads.
 */
public final class LeadSeeder implements Seeder {

    static final String LEADS = "leads";

    private static final BigDecimal LATITUDE = new BigDecimal("39.6551");
    private static final BigDecimal LONGITUDE = new BigDecimal("-104.9325");
    private static final BigDecimal TEN_THOUSANDTH = new BigDecimal("0.0001");

    private final LeadsEndpoint endpoint;
    private final SampleValues values;

    public LeadSeeder(LeadsEndpoint endpoint, long seed) {
        this.endpoint = endpoint;
        this.values = new SampleValues(seed);
    }

    @Override
    public Plan plan(String object, int count) {
        requireLeads(object);
        return new Plan(count, "POST " + InferredApi.LEADS, body(0));
    }

    @Override
    public Result seed(String object, int count) {
        requireLeads(object);
        for (int i = 0; i < count; i++) {
            try {
                endpoint.create(body(i));
            } catch (ApiException e) {
                throw new SourceException(
                        "seeding leads: SalesRabbit refused lead " + i + " (" + i + " created): " + e.getMessage(),
                        false,
                        e);
            }
        }
        return new Result(object, count, count, count, 0);
    }

    /** The request body creating sample lead {@code i}. */
    ObjectNode body(long i) {
        SampleValues.Person person = values.person(i);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject(InferredApi.DATA)
                .put("firstName", person.firstName())
                .put("lastName", person.lastName())
                .put("email", person.email())
                .put("phonePrimary", person.phone())
                .put("street1", (100 + values.choose(1, i, 9_000)) + " S Dexter St")
                .put("city", "Denver")
                .put("state", "CO")
                .put("zip", String.format("%05d", 80_000 + values.choose(2, i, 1_000)))
                .put("country", "USA")
                .put("latitude", LATITUDE.add(TEN_THOUSANDTH.multiply(BigDecimal.valueOf(values.choose(3, i, 500)))))
                .put("longitude", LONGITUDE.add(TEN_THOUSANDTH.multiply(BigDecimal.valueOf(values.choose(4, i, 500)))))
                .put("status", "Not Home")
                .put("notes", "sample lead " + i + " from ingest seed");
        return body;
    }

    private static void requireLeads(String object) {
        if (!object.equals(LEADS)) {
            throw new ConfigException("salesrabbit seeds leads only, not '" + object + "'");
        }
    }
}
