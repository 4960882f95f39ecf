package dev.ingest.core.internal.warehouse;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.Driver;

/**
 * Connections from PostgreSQL's driver itself rather than through {@link java.sql.DriverManager}, which first loads
 * every driver on the class path: DuckDB's sets up Flight Recorder's event machinery as it loads, about 80 ms of CPU
 * at the start of each run against PostgreSQL. The properties bound the connect and login time, so the pool's login
 * timeout, which {@code DriverManager} would have held, is not needed.
 */
final class PostgresDriverSource implements DataSource {

    private final Driver driver = new Driver();
    private final String url;
    private final String redactedUrl;
    private final Properties properties;

    PostgresDriverSource(WarehouseConfig config, Properties properties) {
        this.url = config.url();
        this.redactedUrl = config.redactedUrl();
        this.properties = properties;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(null, null);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties connect = new Properties();
        connect.putAll(properties);
        if (user != null) {
            connect.setProperty("user", user);
        }
        if (password != null) {
            connect.setProperty("password", password);
        }
        Connection connection = driver.connect(url, connect);
        if (connection == null) {
            throw new SQLException("PostgreSQL's driver cannot read the URL " + redactedUrl);
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
