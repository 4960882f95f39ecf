package dev.ingest.core.spi;

import java.util.List;
import java.util.Optional;

/**
 * A source system, found on the class path through {@link java.util.ServiceLoader}: list it in
 * {@code META-INF/services/dev.ingest.core.spi.Connector}, with a public no-argument constructor.
 *
 * <p>One instance serves every sync of an {@code Ingest}, from any thread and at once, so it holds no state of one
 * sync's: that belongs in the {@link Client} it opens.
 */
public interface Connector {

    /**
     * The connector's name.
     *
     * @return a short lower-case name: the CLI argument, the warehouse schema and the settings prefix
     */
    String name();

    /**
     * What the source is, for people choosing a connector.
     *
     * @return one line, as {@code ingest connectors} lists it
     */
    String description();

    /**
     * The settings this connector reads, so that a missing or malformed one is named before any work.
     *
     * @return the settings by short name ({@code ACCESS_TOKEN}), in the order help lists them
     */
    List<Setting> settings();

    /**
     * The streams this connector always has, with their processors; shown by {@code ingest connectors}.
     *
     * @return the streams in the order a sync runs them one at a time: a stream after those whose rows it refers to
     */
    List<Stream> streams();

    /**
     * Opens a client for the given settings. It may call the source, but need not: {@link Client#check} proves
     * access.
     *
     * @param settings the connector's settings, looked up by short name; the connector checks them
     * @return an open client; the caller closes it
     * @throws ConfigException when a setting is missing or not valid, naming the first bad one
     */
    Client open(Settings settings);

    /**
     * The streams of one account: {@link #streams()} plus any the account itself defines (custom objects).
     * Only connectors whose sources have such streams override this; it may call the source.
     *
     * @param client an open client of the account, as {@link #open} made it
     * @return the streams a sync of this account may select, in the order a sync runs them one at a time
     * @throws SourceException when the source cannot list them
     */
    default List<Stream> discover(Client client) {
        return streams();
    }

    /**
     * A seeder of sample records into the account {@code client} reaches, for connectors whose API can create them;
     * {@code seed} picks the generated records.
     *
     * @param client an open client of a sandbox account, as {@link #open} made it
     * @param seed   the generator seed: the same seed gives the same records
     * @return the seeder, or empty when the connector cannot seed
     */
    default Optional<Seeder> seeder(Client client, long seed) {
        return Optional.empty();
    }
}
