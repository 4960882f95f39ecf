package dev.ingest.genius.client;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Settings;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** How to reach the Genius database and how patiently; the password never appears in {@link #toString()}. */
public record ConnectionSettings(
        String host,
        int port,
        String database,
        String user,
        String password,
        ZoneId zone,
        String sslMode,
        Duration connectTimeout,
        Duration queryTimeout,
        int retries,
        Duration lookBack) {

    /** The driver's {@code sslMode} values; anything else fails every connection, so it is refused before the first. */
    public static final List<String> SSL_MODES =
            List.of("DISABLED", "PREFERRED", "REQUIRED", "VERIFY_CA", "VERIFY_IDENTITY");

    public static ConnectionSettings from(Settings settings) {
        String zoneText = settings.require("DB_TIMEZONE");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new ConfigException(settings.fullName("DB_TIMEZONE")
                    + " must be a time zone such as UTC or America/Chicago, got '" + zoneText + "'");
        }
        return new ConnectionSettings(
                settings.require("DB_HOST"),
                settings.getInt("DB_PORT"),
                settings.require("DB_NAME"),
                settings.require("DB_USER"),
                settings.get("DB_PASSWORD").orElse(null),
                zone,
                sslMode(settings),
                settings.getDuration("CONNECT_TIMEOUT_SECONDS"),
                settings.getDuration("QUERY_TIMEOUT_SECONDS"),
                settings.getInt("RETRIES"),
                settings.getDuration("LOOKBACK_SECONDS"));
    }

    /** The declared type has checked the mode (see GeniusConnector); the driver wants it in capitals. */
    private static String sslMode(Settings settings) {
        return settings.require("DB_SSL_MODE").toUpperCase(Locale.ROOT);
    }

    /**
     * The driver URL. Its socket timeout is the connect timeout: it bounds each wait for the server during the
     * handshake, so a server that accepts the connection and never answers is given up on as soon as one that never
     * accepts it. {@link #readTimeout()} replaces it once a session is handed out; the session reads DATETIMEs and
     * TIMESTAMPs in the configured zone.
     */
    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + database
                + "?connectTimeout=" + connectTimeout.toMillis()
                + "&socketTimeout=" + connectTimeout.toMillis()
                + "&sslMode=" + sslMode
                + "&characterEncoding=UTF-8&tcpKeepAlive=true&allowPublicKeyRetrieval=true";
    }

    /**
     * How long a session's read may wait for the server: longer than the query timeout, so the server's own
     * cancel of a slow query arrives first, and a hung network still ends a read.
     */
    public Duration readTimeout() {
        return queryTimeout.plusSeconds(30);
    }

    /** Run on every new connection; streamed reads may pause while the warehouse writes, so the server waits. */
    public String sessionSetup() {
        String zoneName = zone.normalized() instanceof ZoneOffset offset
                ? (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId())
                : zone.getId();
        return "SET SESSION time_zone = '" + zoneName.replace("'", "") + "', SESSION net_write_timeout = 600";
    }

    public String describe() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "genius database " + describe() + (password == null ? "" : " (password set)");
    }
}
