package dev.ingest.http.example;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.ConnectorContract;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The documented example connector under the contract every connector owes the engine. */
class ExampleCrmContractIT extends ConnectorContract {

    private final ExampleCrmConnector connector = new ExampleCrmConnector();
    private final FakeExampleCrm fake = new FakeExampleCrm();

    @BeforeEach
    void seed() {
        for (int id = 1; id <= 8; id++) {
            fake.addCustomer(id, "Customer " + id, "City " + id);
        }
        for (int i = 1; i <= 7; i++) {
            fake.addDeal("d" + i, i, i + "00.25", i == 4);
        }
        fake.addUsers(230);
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
        return fake.server().getAllServeEvents().stream()
                .map(event -> event.getRequest())
                .filter(request -> !RequestMethod.GET.equals(request.getMethod()))
                .map(request -> request.getMethod() + " " + request.getUrl())
                .toList();
    }

    @Override
    protected Settings settings() {
        return Settings.fromShortNames(
                connector.name(),
                connector.settings(),
                Map.of("BASE_URL", fake.server().baseUrl(), "API_KEY", FakeExampleCrm.KEY));
    }
}
