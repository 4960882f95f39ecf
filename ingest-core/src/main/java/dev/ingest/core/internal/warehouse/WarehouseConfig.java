package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Redaction;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where rows go: a JDBC URL and its credentials. The password is never part of {@link #toString()}.
 *
 * @param url      {@code jdbc:postgresql://host:port/db} or {@code jdbc:duckdb:<file>}
 * @param user     the user, or {@code null}
 * @param password the password, or {@code null}
 */
public record WarehouseConfig(String url, String user, String password) {

    /** {@code //user:password@} at the start of a URL's authority. */
    private static final Pattern USER_INFO = Pattern.compile("//([^/@]*):([^/@]*)@");

    /**
     * @throws ConfigException when a PostgreSQL URL carries credentials as user-info, which the driver takes for
     *                         part of the host name (and then prints, password and all, in its connection error)
     */
    public WarehouseConfig {
        Redaction.register(password);
        Matcher userInfo = USER_INFO.matcher(url);
        if (userInfo.find()) {
            Redaction.register(userInfo.group(2));
            if (url.startsWith("jdbc:postgresql:")) {
                throw new ConfigException(
                        "warehouse URL " + Redaction.clean(url) + ": the PostgreSQL driver takes no user or password"
                                + " before the host; set " + USER_VARIABLE + " and " + PASSWORD_VARIABLE + " instead");
            }
        }
    }

    public static final String URL_VARIABLE = "INGEST_WAREHOUSE_URL";
    public static final String USER_VARIABLE = "INGEST_WAREHOUSE_USER";
    public static final String PASSWORD_VARIABLE = "INGEST_WAREHOUSE_PASSWORD";

    /** The embedded default: a DuckDB file any DuckDB client can open, so a newcomer needs no server. */
    public static WarehouseConfig embedded(Path directory) {
        return new WarehouseConfig(
                "jdbc:duckdb:" + directory.resolve("warehouse.duckdb").toAbsolutePath(), null, null);
    }

    /**
     * The warehouse named by {@code url}, else by {@value #URL_VARIABLE} in {@code environment}, else the
     * embedded default under {@code ./ingest-data}.
     */
    public static WarehouseConfig resolve(String url, Map<String, String> environment) {
        String chosen = url != null ? url : environment.get(URL_VARIABLE);
        if (chosen == null || chosen.isBlank()) {
            return embedded(Path.of("ingest-data"));
        }
        WarehouseConfig config =
                new WarehouseConfig(chosen.trim(), environment.get(USER_VARIABLE), environment.get(PASSWORD_VARIABLE));
        config.kind();
        return config;
    }

    public Kind kind() {
        if (url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRES;
        }
        if (url.startsWith("jdbc:duckdb:")) {
            return Kind.DUCKDB;
        }
        throw new ConfigException("warehouse URL " + redactedUrl()
                + " is not supported: use jdbc:postgresql://host:port/db or jdbc:duckdb:<file>");
    }

    /** The URL with its credentials masked (see {@link Redaction}), for messages. */
    public String redactedUrl() {
        return Redaction.clean(url);
    }

    @Override
    public String toString() {
        return "WarehouseConfig[" + redactedUrl() + (user == null ? "" : ", user=" + user) + "]";
    }

    public enum Kind {
        POSTGRES,
        DUCKDB
    }
}
