package dev.ingest.salesrabbit;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Seeder;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.salesrabbit.client.SalesRabbitClient;
import dev.ingest.salesrabbit.seed.LeadSeeder;
import dev.ingest.salesrabbit.streams.SalesRabbitStreams;
import java.util.List;
import java.util.Optional;

/** SalesRabbit, door-to-door sales: leads, their status history, dispositions, users and lead statuses. */
public final class SalesRabbitConnector implements Connector {

    public static final String NAME = "salesrabbit";

    /** The streams as the default settings shape them, for listing. */
    private static final List<Stream> DEFAULT_STREAMS =
            SalesRabbitStreams.all(SalesRabbitSettings.DEFAULT_PAGE_SIZE, SalesRabbitSettings.DEFAULT_LOOKBACK);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "SalesRabbit leads, lead status histories, dispositions, users and lead statuses";
    }

    @Override
    public List<Setting> settings() {
        return SalesRabbitSettings.DECLARED;
    }

    @Override
    public List<Stream> streams() {
        return DEFAULT_STREAMS;
    }

    @Override
    public Client open(Settings settings) {
        return SalesRabbitClient.open(SalesRabbitSettings.from(settings));
    }

    /** The streams with the page size and lookback of the client's settings. */
    @Override
    public List<Stream> discover(Client client) {
        return salesRabbit(client).streams();
    }

    /** Leads, created one a call. */
    @Override
    public Optional<Seeder> seeder(Client client, long seed) {
        return Optional.of(new LeadSeeder(salesRabbit(client).leads(), seed));
    }

    private static SalesRabbitClient salesRabbit(Client client) {
        if (!(client instanceof SalesRabbitClient salesRabbit)) {
            throw new SourceException(
                    "not a SalesRabbit client: " + client.getClass().getName());
        }
        return salesRabbit;
    }
}
