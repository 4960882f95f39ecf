package dev.ingest.core.internal;

import dev.ingest.core.internal.history.RunLog;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Stream;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the connector and stream names a command or an embedding application gives, so that a typo is an error naming the known ones rather
 * than an empty answer. A stream is known when its connector declares it or the warehouse has it on record (streams a
 * source discovers at run time, such as custom objects).
 */
public record KnownNames(ConnectorRegistry connectors, RunLog log) {

    /** @throws ConfigException naming the known connectors when {@code name} is not one */
    public Connector connector(String name) {
        return connectors.get(name);
    }

    /** @throws ConfigException naming the known streams when one of {@code names} is not one of the connector's */
    public void streams(String connector, Collection<String> names) {
        Set<String> known = streamsOf(connector);
        for (String name : names) {
            if (!known.contains(name)) {
                throw new ConfigException(
                        "unknown stream '" + name + "' of " + connector + "; known: " + String.join(", ", known));
            }
        }
    }

    /** @throws ConfigException naming the known streams when {@code name} is no connector's stream */
    public void anyConnectorsStream(String name) {
        Set<String> known = new TreeSet<>();
        for (Connector connector : connectors.all()) {
            known.addAll(streamsOf(connector.name()));
        }
        if (!known.contains(name)) {
            throw new ConfigException("unknown stream '" + name + "'; known: " + String.join(", ", known));
        }
    }

    /** The connector's declared streams and those on record, sorted. */
    public Set<String> streamsOf(String connector) {
        Set<String> known = new TreeSet<>(log.streamsOnRecord(connector));
        connectors.get(connector).streams().stream().map(Stream::name).forEach(known::add);
        return known;
    }
}
