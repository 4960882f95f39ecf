package dev.ingest.hubspot;

import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.ConnectorContract;
import dev.ingest.hubspot.fake.FakeHubSpot;
import dev.ingest.hubspot.fake.HubSpotTestClients;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The fake HubSpot with a few contacts, deals and their associations, under the connector contract. */
class HubSpotConnectorContractIT extends ConnectorContract {

    private final HubSpotConnector connector = new HubSpotConnector();
    private final FakeHubSpot fake = new FakeHubSpot();

    @BeforeEach
    void fillTheFake() {
        for (int i = 0; i < 10; i++) {
            fake.advance(Duration.ofSeconds(1));
            long contact = fake.create("contacts", Map.of("email", "c" + i + "@example.com", "firstname", "First" + i));
            if (i % 3 == 0) {
                long deal = fake.create("deals", Map.of("dealname", "Deal " + i, "amount", i + ".50"));
                fake.associate("contacts", contact, "deals", deal, 4, null);
            }
        }
    }

    @AfterEach
    void stopTheFake() {
        fake.close();
    }

    @Override
    protected Connector connector() {
        return connector;
    }

    /** The fake portal's records: HubSpot's reads include POSTs (search, tokens), so requests do not tell writes. */
    @Override
    protected Object sourceState() {
        return Stream.of("contacts", "deals")
                .flatMap(type -> fake.records(type).stream()
                        .map(record -> type + " " + FakeHubSpot.id(record) + " " + FakeHubSpot.archived(record) + " "
                                + fake.properties(type, FakeHubSpot.id(record))))
                .toList();
    }

    @Override
    protected Settings settings() {
        return HubSpotTestClients.settings(fake, Map.of());
    }
}
