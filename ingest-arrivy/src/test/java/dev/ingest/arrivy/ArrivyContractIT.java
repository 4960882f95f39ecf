package dev.ingest.arrivy;

import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.ConnectorContract;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Arrivy under the contract every connector owes the engine. */
class ArrivyContractIT extends ConnectorContract {

    private final ArrivyConnector connector = SeededAccount.connector();
    private final FakeArrivy fake = new FakeArrivy();

    @BeforeEach
    void seed() {
        SeededAccount.seed(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Override
    protected Connector connector() {
        return connector;
    }

    /** What check must leave as it was: the fake account changes only by a request other than GET. */
    @Override
    protected Object sourceState() {
        return fake.writes();
    }

    @Override
    protected Settings settings() {
        return SeededAccount.settings(connector, fake, Map.of());
    }
}
