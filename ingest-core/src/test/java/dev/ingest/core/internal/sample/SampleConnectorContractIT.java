package dev.ingest.core.internal.sample;

import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.ConnectorContract;
import java.util.Map;

class SampleConnectorContractIT extends ConnectorContract {

    private final SampleConnector connector = new SampleConnector();

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected Settings settings() {
        return Settings.fromShortNames(connector.name(), connector.settings(), Map.of("COUNT", "40", "ROUND", "2"));
    }
}
