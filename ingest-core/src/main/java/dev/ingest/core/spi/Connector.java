package dev.ingest.core.spi;

import java.util.List;
import java.util.Optional;

/**
 * A source system, found on the class path through {@link java.util.ServiceLoader}: list it in
 * {@code META-INF/services/dev.ingest.core.spi.Connector}.
 */
public interface Connector {

    /** Short lower-case name: the CLI argument, the warehouse schema and the settings prefix. */
    String name();

    String description();

    /** The settings this connector reads, so that a missing or malformed one is named before any work. */
    List<Setting> settings();

    /** The streams this connector always has, with their processors; shown by {@code ingest connectors}. */
    List<Stream> streams();

    /** A client for the given settings; throws {@link ConfigException} naming the first bad setting. */
    Client open(Settings settings);

    /**
     * The streams of one account: {@link #streams()} plus any the account itself defines (custom objects).
     * Only connectors whose sources have such streams override this; it may call the source.
     */
    default List<Stream> discover(Client client) {
        return streams();
    }

    /**
     * A seeder of sample records into the account {@code client} reaches, for connectors whose API can create them;
     * {@code seed} picks the generated records.
     */
    default Optional<Seeder> seeder(Client client, long seed) {
        return Optional.empty();
    }
}
