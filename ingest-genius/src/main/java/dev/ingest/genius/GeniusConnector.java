package dev.ingest.genius;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.SettingType;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.genius.client.ConnectionSettings;
import dev.ingest.genius.client.GeniusClient;
import dev.ingest.genius.streams.TableCatalog;
import dev.ingest.genius.streams.TableDefinition;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The Genius CRM's MySQL/MariaDB database, read directly over a read-only connection ("Database Sync"). */
public final class GeniusConnector implements Connector {

    public static final String NAME = "genius";

    private static final List<Setting> SETTINGS = List.of(
            Setting.required("DB_HOST", "host of the Genius MySQL/MariaDB server"),
            Setting.optional("DB_PORT", "port of the server", "3306").as(SettingType.wholeNumber(1, 65535)),
            Setting.required("DB_NAME", "the Genius database"),
            Setting.required("DB_USER", "a user with SELECT on the Genius tables"),
            Setting.secret("DB_PASSWORD", "that user's password; never printed or logged"),
            Setting.optional(
                    "DB_TIMEZONE",
                    "zone the DATETIME values are written in; the session reads TIMESTAMPs in it too",
                    "UTC"),
            Setting.optional(
                            "DB_SSL_MODE",
                            "the driver's sslMode (any case); another value is refused in one line before any connection",
                            "PREFERRED")
                    .as(SettingType.oneOf(ConnectionSettings.SSL_MODES)),
            Setting.optional(
                            "CONNECT_TIMEOUT_SECONDS",
                            "seconds to open a TCP connection, and again for the server's greeting and login; a pooled connection is waited for twice as long",
                            "10")
                    .as(SettingType.duration(ChronoUnit.SECONDS, 1, 600)),
            Setting.optional(
                            "QUERY_TIMEOUT_SECONDS",
                            "seconds one page's query may run; a session's reads wait 30 s longer",
                            "600")
                    .as(SettingType.duration(ChronoUnit.SECONDS, 1, 86_400)),
            Setting.optional(
                            "RETRIES", "reconnects after a dropped connection (1, 2, 4 ... s apart, at most 30 s)", "3")
                    .as(SettingType.wholeNumber(0, 100)),
            Setting.optional(
                            "LOOKBACK_SECONDS",
                            "seconds before the stored cursor that incremental runs start (clock skew, late commits)",
                            "300")
                    .as(SettingType.duration(ChronoUnit.SECONDS, 0, Long.MAX_VALUE)),
            Setting.optional(
                            "TABLES_FILE",
                            "a YAML file of table definitions laid over the built-in ones, for a schema that differs",
                            null)
                    .as(SettingType.file()));

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
        return TableCatalog.builtIn().stream()
                .map(d -> d.toStream(ZoneOffset.UTC))
                .toList();
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
            return genius.definitions().stream()
                    .map(d -> d.toStream(genius.settings().zone()))
                    .toList();
        }
        return streams();
    }
}
