package dev.ingest.csv.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.csv.CsvConnector;
import dev.ingest.csv.CsvImport;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProfileCatalogTest {

    @Test
    void everyShippedProfileLoadsWithItsKeyAmongItsColumns() {
        ProfileCatalog catalog = ProfileCatalog.builtIn();

        assertThat(catalog.all())
                .extracting(Profile::name)
                .containsExactly(
                        "generic",
                        "genius_users",
                        "genius_appointments",
                        "genius_marketing_sources",
                        "genius_prospects",
                        "salespro_appointments",
                        "salespro_users",
                        "leadconduit_leads",
                        "arrivy_tasks",
                        "arrivy_activities",
                        "hubspot_zip_codes",
                        "hubspot_contacts",
                        "hubspot_companies",
                        "hubspot_deals");
        catalog.all().stream()
                .filter(p -> !p.generic())
                .forEach(p -> assertThat(p.key())
                        .allSatisfy(k -> assertThat(p.column(k))
                                .as(p.name() + " key " + k)
                                .isPresent()));
    }

    @Test
    void anUnknownProfileIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> ProfileCatalog.builtIn().get("genius"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown profile 'genius'; profiles: generic, genius_users,");
    }

    @Test
    void theConnectorIsFoundThroughServiceLoaderWithAStreamPerDeclaredProfile() {
        CsvConnector connector = (CsvConnector) ServiceLoader.load(dev.ingest.core.spi.Connector.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(c -> c.name().equals("csv"))
                .findFirst()
                .orElseThrow();

        assertThat(connector.streams()).hasSize(13);
        assertThat(CsvImport.listProfiles())
                .contains(
                        "hubspot_zip_codes -> csv.hubspot_zip_codes: HubSpot reference data - ZIP codes (5-digit or ZIP+4) with their state",
                        "    zip zip required (also: Zip Code, Postal Code, ZIP5, Zipcode)");
    }
}
