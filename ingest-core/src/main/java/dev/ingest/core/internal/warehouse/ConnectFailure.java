package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.Redaction;
import java.net.SocketTimeoutException;

/** Why the warehouse could not be reached, in the words of what to check rather than the driver's. */
final class ConnectFailure {

    private ConnectFailure() {}

    static String describe(WarehouseConfig config, Throwable error) {
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException
                    || String.valueOf(cause.getMessage()).contains("timed out")) {
                return "no answer within the connect timeout (is the host and port right, and is it a PostgreSQL server?)";
            }
            // A server of another protocol answers the driver's SSL request with bytes that are neither yes nor no.
            if (config.kind() == WarehouseConfig.Kind.POSTGRES
                    && String.valueOf(cause.getMessage()).contains("SSL")
                    && !config.url().contains("ssl")) {
                return "the server does not answer as PostgreSQL does (is the port right?): "
                        + Redaction.clean(cause.getMessage());
            }
        }
        return Redaction.clean(Warehouse.rootMessage(error));
    }
}
