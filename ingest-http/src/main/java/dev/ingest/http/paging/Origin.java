package dev.ingest.http.paging;

import dev.ingest.core.spi.SourceException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The scheme, host and port of an API's base URL: the only place a URL an answer names may be followed, since the
 * request carries the API's credentials.
 */
public record Origin(String scheme, String host, int port) {

    public Origin {
        scheme = scheme.toLowerCase(Locale.ROOT);
        host = host.toLowerCase(Locale.ROOT);
    }

    /** The origin of {@code baseUrl}, such as {@code https://api.callrail.com}. */
    public static Origin of(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL: " + baseUrl);
        }
        return new Origin(uri.getScheme(), uri.getHost(), port(uri));
    }

    /**
     * {@code url} resolved against this origin (an RFC 5988 link may be relative), when it is on this origin.
     *
     * @param what what the URL is, for the error ({@code "the next page"})
     * @throws SourceException naming the URL without its query when it is elsewhere or not a URL
     */
    public URI follow(String url, String what) {
        URI uri;
        try {
            uri = new URI(scheme + "://" + host + ":" + port + "/").resolve(new URI(encodeQuery(url)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SourceException(what + " is not a URL: " + withoutQuery(url));
        }
        if (uri.getScheme() == null
                || uri.getHost() == null
                || !scheme.equalsIgnoreCase(uri.getScheme())
                || !host.equalsIgnoreCase(uri.getHost())
                || port != port(uri)) {
            throw new SourceException(what + " is at " + withoutQuery(url) + ", not on the API's origin " + this
                    + "; it is not followed, so that the API's credentials go to no other host");
        }
        return uri;
    }

    /**
     * {@code url} with the characters a URI's query may not hold as such ({@code api_sort[][start_time]}) escaped, as
     * a browser sends them: a server reads them alike.
     */
    private static String encodeQuery(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        StringBuilder encoded = new StringBuilder(url.substring(0, query + 1));
        for (byte b : url.substring(query + 1).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c > 0x20 && c < 0x7f && "[]{}|\\^`\"<> ".indexOf(c) < 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
