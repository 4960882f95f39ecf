package dev.ingest.salesrabbit;

import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.ConnectorContract;
import dev.ingest.salesrabbit.fake.FakeSalesRabbit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The SalesRabbit connector under the contract every connector owes the engine, four records a page. */
class SalesRabbitContractIT extends ConnectorContract {

    private final SalesRabbitConnector connector = new SalesRabbitConnector();
    private final FakeSalesRabbit fake = new FakeSalesRabbit();

    @BeforeEach
    void seed() {
        fake.addUsers(5);
        List<Long> leads = fake.addLeads(11);
        for (int i = 0; i < leads.size(); i += 2) {
            fake.knock(leads.get(i), 1 + i % 3, 1 + i % 5);
        }
        fake.deactivate(leads.get(3), 2);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Override
    protected Connector connector() {
        return connector;
    }

    @Override
    protected Object sourceState() {
        return List.of(fake.writes(), fake.leadCount());
    }

    @Override
    protected Settings settings() {
        return Settings.fromShortNames(
                connector.name(),
                connector.settings(),
                Map.of("BASE_URL", fake.baseUrl(), "API_TOKEN", FakeSalesRabbit.TOKEN, "PAGE_SIZE", "4"));
    }
}
