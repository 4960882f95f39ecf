package dev.ingest.http.client;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/** An I/O failure in words that name the host: the JDK's HTTP client fails to connect with no message at all. */
final class IoFailure {

    private IoFailure() {}

    static String describe(Throwable error, String url) {
        URI uri = URI.create(url);
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "unknown host " + uri.getHost();
            }
        }
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause instanceof ConnectException) {
                String where = uri.getHost() + ":" + port(uri);
                return cause.getMessage() == null || cause.getMessage().contains("refused")
                        ? "connection refused to " + where
                        : "cannot connect to " + where + ": " + cause.getMessage();
            }
        }
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause.getMessage() != null) {
                return cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        return error.getClass().getSimpleName();
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
