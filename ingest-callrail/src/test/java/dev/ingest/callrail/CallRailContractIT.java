package dev.ingest.callrail;

import dev.ingest.callrail.client.Pace;
import dev.ingest.callrail.fake.FakeCallRail;
import dev.ingest.callrail.fake.Seed;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.ConnectorContract;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** The CallRail connector under the contract every connector owes the engine, against its fake API. */
class CallRailContractIT extends ConnectorContract {

    private final Clock clock = Clock.systemUTC();
    private final FakeCallRail fake = new FakeCallRail(clock);
    private final CallRailConnector connector =
            new CallRailConnector(new Pace(Duration.ofHours(1), Duration.ofDays(1), Duration.ofMillis(50)), clock);

    CallRailContractIT() {
        Seed.accounts(fake, clock, 40, 90);
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
    protected Settings settings() {
        return Settings.fromShortNames(
                connector.name(),
                connector.settings(),
                Map.of("BASE_URL", fake.baseUrl(), "API_KEY", FakeCallRail.KEY));
    }
}
