package dev.ingest.hubspot;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Seeder;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.hubspot.api.HubSpotClient;
import dev.ingest.hubspot.seed.HubSpotSeeder;
import dev.ingest.hubspot.streams.StreamSource;
import java.util.List;
import java.util.Optional;

/**
 * HubSpot CRM: every standard and custom object with all its properties, owners, pipelines and their
 * stages, property definitions and associations.
 */
public final class HubSpotConnector implements Connector {

    public static final String NAME = "hubspot";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "HubSpot CRM objects (all properties, custom objects), owners, pipelines, properties and associations";
    }

    @Override
    public List<Setting> settings() {
        return HubSpotSettings.DECLARED;
    }

    @Override
    public List<Stream> streams() {
        return HubSpotClient.declaredStreams();
    }

    @Override
    public Client open(Settings settings) {
        return HubSpotClient.open(HubSpotSettings.from(settings));
    }

    /** Asks the portal for its custom objects and every type's properties. */
    @Override
    public List<Stream> discover(Client client) {
        if (!(client instanceof HubSpotClient hubspot)) {
            throw new SourceException(
                    "not a HubSpot client: " + client.getClass().getName());
        }
        return hubspot.sources().stream().map(StreamSource::stream).toList();
    }

    /** Contacts, companies, deals or custom objects, upserted 100 a call on a unique property. */
    @Override
    public Optional<Seeder> seeder(Client client, long seed) {
        return client instanceof HubSpotClient hubspot
                ? Optional.of(new HubSpotSeeder(hubspot.api(), hubspot.catalog(), seed))
                : Optional.empty();
    }
}
