package dev.ingest.genius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.genius.testing.GeniusDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest check genius}: every table readable, and a clear error naming what is not. */
class GeniusCheckIT {

    private final GeniusConnector connector = new GeniusConnector();
    private GeniusDatabase source;

    @BeforeEach
    void createDatabase() {
        source = GeniusDatabase.createEmpty();
    }

    @AfterEach
    void dropDatabase() {
        source.close();
    }

    @Test
    void everyDefinedTableCanBeRead() {
        try (Client client = connector.open(source.settings(Map.of()))) {
            for (Stream stream : connector.discover(client)) {
                assertThatCode(() -> client.check(stream)).as(stream.name()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aMissingColumnOrTableIsNamed() {
        source.execute("ALTER TABLE prospect DROP COLUMN company; DROP TABLE quote");
        try (Client client = connector.open(source.settings(Map.of()))) {
            Stream prospects = stream(client, "prospects");
            Stream quotes = stream(client, "quotes");

            assertThatThrownBy(() -> client.check(prospects))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining(
                            "stream prospects: table prospect has no column company; its columns: birth_date, created_at");
            assertThatThrownBy(() -> client.check(quotes))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("table quote does not exist");
        }
    }

    @Test
    void aTableTheTablesFileNamesThatDoesNotExistIsNamedWithTheFileAndLine(@TempDir Path dir) throws IOException {
        Path tables = Files.writeString(
                dir.resolve("tables.yaml"),
                "streams:\n  - {name: lead_sources, table: lead_sourcez, key: [code], columns: {code: text}}\n");
        try (Client client = connector.open(source.settings(Map.of("TABLES_FILE", tables.toString())))) {
            Stream leadSources = stream(client, "lead_sources");

            assertThatThrownBy(() -> client.check(leadSources))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("stream lead_sources: table lead_sourcez does not exist or cannot be read"
                            + " (defined in GENIUS_TABLES_FILE (" + tables + "), line 2)");
        }
    }

    @Test
    void aRefusedLoginGivesTheServersErrorWithoutThePasswordToEveryStreamWithoutWaiting() {
        source.execute("CREATE USER IF NOT EXISTS 'genius_reader'@'%' IDENTIFIED BY 'right-password'");
        try (Client client = connector.open(source.settings(
                Map.of("DB_USER", "genius_reader", "DB_PASSWORD", "wrong-s3cret", "CONNECT_TIMEOUT_SECONDS", "2")))) {
            for (String name : new String[] {"divisions", "users"}) {
                Stream stream = stream(client, name);

                // the server's refusal itself, not a pool that waited out its timeout retrying it
                assertThatThrownBy(() -> client.check(stream))
                        .as(name)
                        .isInstanceOf(SourceException.class)
                        .hasMessageContaining("Access denied for user 'genius_reader'")
                        .satisfies(e -> assertThat(e.getMessage())
                                .doesNotContain("wrong-s3cret")
                                .doesNotContain("request timed out"));
            }
        } finally {
            source.execute("DROP USER IF EXISTS 'genius_reader'@'%'");
        }
    }

    private Stream stream(Client client, String name) {
        return connector.discover(client).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
