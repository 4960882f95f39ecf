package dev.ingest.core.testing;

import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import java.util.Map;

class PeopleConnectorContractIT extends ConnectorContract {

    private final PeopleConnector connector = new PeopleConnector(PeopleSource.generate(20), false).pageSize(4);

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected Settings settings() {
        return Settings.fromShortNames(connector.name(), connector.settings(), Map.of());
    }
}
