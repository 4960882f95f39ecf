package dev.ingest.core.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Creates valid sample records in a sandbox account of a source, to sync real data from: what {@code ingest seed}
 * runs, offered by a connector through {@link Connector#seeder(Client, long)}. The same generator seed gives the same
 * records; where the API can match a record by a key of its own, seeding again updates them instead of duplicating.
 */
public interface Seeder {

    /**
     * What seeding {@code count} records of {@code object} would send; nothing is sent, though the source may be read.
     *
     * @param object the kind of record, as the connector names its stream ({@code contacts})
     * @param count  how many records
     * @return the requests seeding would make
     * @throws ConfigException when the connector cannot seed that kind of record
     */
    Plan plan(String object, int count);

    /**
     * Creates (or updates) records {@code 0..count-1} of {@code object}.
     *
     * @param object the kind of record, as the connector names its stream ({@code contacts})
     * @param count  how many records
     * @return what the source did with them
     * @throws ConfigException when the connector cannot seed that kind of record
     * @throws SourceException when the source refuses a request; the records sent before it stay
     */
    Result seed(String object, int count);

    /**
     * A dry run.
     *
     * @param calls  how many requests seeding makes
     * @param call   what each request is ({@code batch upsert}, {@code POST /leads})
     * @param sample the first request's body, cut to a few records when it holds many
     */
    record Plan(int calls, String call, JsonNode sample) {}

    /**
     * What a seed run did.
     *
     * @param object  the kind of record seeded
     * @param records how many records were sent
     * @param calls   how many requests it made
     * @param created records the source did not have before
     * @param updated records the source had, matched by their key and updated
     */
    record Result(String object, int records, int calls, int created, int updated) {}
}
