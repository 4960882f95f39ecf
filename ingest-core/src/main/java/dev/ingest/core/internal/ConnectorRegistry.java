package dev.ingest.core.internal;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import java.util.Collection;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The connectors on the class path, found through {@link ServiceLoader}. */
public final class ConnectorRegistry {

    private final Map<String, Connector> byName = new TreeMap<>();

    public ConnectorRegistry(Iterable<Connector> connectors) {
        for (Connector connector : connectors) {
            Connector clash = byName.put(connector.name(), connector);
            if (clash != null) {
                throw new IllegalStateException("two connectors are named " + connector.name() + ": "
                        + clash.getClass().getName() + " and "
                        + connector.getClass().getName());
            }
        }
    }

    public static ConnectorRegistry load() {
        return new ConnectorRegistry(ServiceLoader.load(Connector.class));
    }

    public Collection<Connector> all() {
        return byName.values();
    }

    public Connector get(String name) {
        Connector connector = byName.get(name);
        if (connector == null) {
            throw new ConfigException(
                    "unknown connector '" + name + "'; available: " + String.join(", ", byName.keySet()));
        }
        return connector;
    }
}
