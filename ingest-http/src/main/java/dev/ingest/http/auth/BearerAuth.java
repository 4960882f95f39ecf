package dev.ingest.http.auth;

import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;

import java.util.Collection;

/** Puts {@code Authorization: Bearer <token>} on every request. */
public final class BearerAuth implements RequestInterceptor {

    private static final String HEADER = "Authorization";
    private static final String PREFIX = "Bearer ";

    private final AccessToken token;

    public BearerAuth(AccessToken token) {
        this.token = token;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.removeHeader(HEADER);
        template.header(HEADER, PREFIX + token.current());
    }

    /** The token a sent request carried, or {@code null}. */
    public static String tokenOf(Request request) {
        Collection<String> values = request.headers().get(HEADER);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.iterator().next();
        return value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : null;
    }
}
