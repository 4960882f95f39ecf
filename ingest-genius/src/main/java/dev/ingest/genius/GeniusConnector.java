package dev.ingest.genius;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.genius.client.ConnectionSettings;
import dev.ingest.genius.client.GeniusClient;
import dev.ingest.genius.streams.TableCatalog;
import dev.ingest.genius.streams.TableDefinition;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

/** The Genius CRM's MySQL/MariaDB database, read directly over a read-only connection ("Database Sync"). */
public final class GeniusConnector implements Connector {

    public static final String NAME = "genius";

    private static final List<Setting> SETTINGS = List.of(
            Setting.required("DB_HOST", "host of the Genius MySQL/MariaDB server"),
            Setting.optional("DB_PORT", "port of the server", "3306"),
            Setting.required("DB_NAME", "the Genius database"),
            Setting.required("DB_USER", "a user allowed to SELECT the Genius tables"),
            Setting.secret("DB_PASSWORD", "that user's password"),
            Setting.optional("DB_TIMEZONE", "zone the database's DATETIME values are written in", "UTC"),
            Setting.optional("DB_SSL_MODE", "the driver's sslMode: " + String.join(", ", ConnectionSettings.SSL_MODES), "PREFERRED"),
            Setting.optional("CONNECT_TIMEOUT_SECONDS", "how long to wait to connect, and for the server's greeting and login", "10"),
            Setting.optional("QUERY_TIMEOUT_SECONDS", "how long one page's query may run", "600"),
            Setting.optional("RETRIES", "how often to reconnect and read on after a dropped connection", "3"),
            Setting.optional("LOOKBACK_SECONDS", "how far before the stored cursor incremental syncs start, for clock skew and late commits", "300"),
            Setting.optional("TABLES_FILE", "a YAML file of table definitions laid over the built-in ones, for a schema that differs", null));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Genius CRM database (MySQL/MariaDB): divisions, users, marketing sources, prospects, appointments, services, quotes";
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public List<Stream> streams() {
        return TableCatalog.builtIn().stream().map(d -> d.toStream(ZoneOffset.UTC)).toList();
    }

    @Override
    public Client open(Settings settings) {
        settings.requireDeclared();
        ConnectionSettings connection = ConnectionSettings.from(settings);
        List<TableDefinition> definitions = settings.get("TABLES_FILE")
                .map(file -> TableCatalog.withOverride(Path.of(file), settings.fullName("TABLES_FILE")))
                .orElseGet(TableCatalog::builtIn);
        return new GeniusClient(connection, definitions);
    }

    /** The streams as this site defines them, read in the database's zone. */
    @Override
    public List<Stream> discover(Client client) {
        if (client instanceof GeniusClient genius) {
            return genius.definitions().stream().map(d -> d.toStream(genius.settings().zone())).toList();
        }
        return streams();
    }
}
