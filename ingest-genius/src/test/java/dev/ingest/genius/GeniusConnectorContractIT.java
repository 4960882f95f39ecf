package dev.ingest.genius;

import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.ConnectorContract;
import dev.ingest.genius.testing.GeniusDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The seeded Genius site on the MariaDB service under the connector contract. */
class GeniusConnectorContractIT extends ConnectorContract {

    private static GeniusDatabase source;
    private final GeniusConnector connector = new GeniusConnector();

    @BeforeAll
    static void createSource() {
        source = GeniusDatabase.createEmpty().seed();
    }

    @AfterAll
    static void dropSource() {
        source.close();
    }

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected Object sourceState() {
        // Each table's exact checksum of its rows.
        return source
                .strings("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + source.name()
                        + "' ORDER BY table_name")
                .stream()
                .map(table -> table + " " + source.checksum(table))
                .toList();
    }

    @Override
    protected Settings settings() {
        return source.settings(Map.of());
    }
}
