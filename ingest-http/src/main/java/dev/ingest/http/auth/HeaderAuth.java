package dev.ingest.http.auth;

import feign.Request;
import feign.RequestTemplate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts fixed credentials in headers of the source's choosing, such as Arrivy's {@code X-Auth-Key} and
 * {@code X-Auth-Token} or CallRail's {@code Authorization: Token token="..."}. Such keys do not expire, so a
 * refusal of them is final.
 */
public final class HeaderAuth implements Auth {

    /**
     * One header of the credentials.
     *
     * @param name   the header's name
     * @param value  what it carries
     * @param secret the part of {@code value} never to show: all of it, or the key inside a scheme's wording
     */
    public record Header(String name, String value, String secret) {

        public Header {
            if (name == null || name.isBlank() || secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("a credential header needs a name and a secret");
            }
            if (value == null || !value.contains(secret)) {
                // The message names the header only: its value is the secret, or holds it.
                throw new IllegalArgumentException("the value of header " + name + " must contain its secret");
            }
        }

        /** A header whose whole value is the secret, such as {@code X-Auth-Key: <key>}. */
        public static Header secret(String name, String secret) {
            return new Header(name, secret, secret);
        }

        @Override
        public String toString() {
            return name + "=****";
        }
    }

    private final List<Header> headers;

    public HeaderAuth(List<Header> headers) {
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("header auth needs at least one header");
        }
        this.headers = List.copyOf(headers);
    }

    @Override
    public void apply(RequestTemplate template) {
        for (Header header : headers) {
            template.removeHeader(header.name());
            // Literal: Feign would read {braces} in a key as a template variable.
            template.headerLiteral(header.name(), header.value());
        }
    }

    /** Every header's secret: the same on every request. */
    @Override
    public List<String> secretsOf(Request sent) {
        return headers.stream().map(Header::secret).toList();
    }

    @Override
    public boolean renewAfterRejection(Request refused) {
        return false;
    }

    @Override
    public String toString() {
        return headers.stream().map(Header::toString).collect(Collectors.joining(", ", "HeaderAuth[", "]"));
    }
}
