package dev.ingest.http.auth;

import feign.Request;
import feign.RequestTemplate;
import java.util.Collection;
import java.util.List;

/** Puts {@code Authorization: Bearer <token>} on every request. */
public final class BearerAuth implements Auth {

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

    /** The token the request carried: a renewed token is one the client could not name in advance. */
    @Override
    public List<String> secretsOf(Request sent) {
        String carried = tokenOf(sent);
        return carried == null ? List.of() : List.of(carried);
    }

    /** Renews only the token the refused request carried: another request may already have renewed it. */
    @Override
    public boolean renewAfterRejection(Request refused) {
        return token.renewAfterRejection(tokenOf(refused));
    }

    @Override
    public String toString() {
        return "BearerAuth[" + token + "]";
    }

    private static String tokenOf(Request request) {
        Collection<String> values = request.headers().get(HEADER);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.iterator().next();
        return value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : null;
    }
}
