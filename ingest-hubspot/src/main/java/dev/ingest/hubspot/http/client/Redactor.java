package dev.ingest.hubspot.http.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes text from an API's answer fit for an error message, which ends up in logs and the sync history. An API may
 * echo the credentials it was sent, so the client's own secrets are masked wherever they appear (as they are and
 * URL-encoded, as a form carries them), and so are bearer tokens and OAuth credential fields it does not know. The
 * text is then one line of at most {@value #MAX_CHARS} characters: enough for an API's error, short of an HTML page.
 */
public final class Redactor {

    public static final int MAX_CHARS = 500;
    private static final String MASK = "****";
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[^\\s\"',;\\]}]+");
    private static final Pattern CREDENTIAL_FIELD = Pattern.compile(
            "(?i)(\\b(?:access_token|refresh_token|client_secret)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"'&,;\\]}]+");
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Cntrl}]+");

    private final List<String> secrets;

    /** @param secrets the values never to show; null and blank ones are ignored */
    public Redactor(Collection<String> secrets) {
        this.secrets = withEncoded(secrets);
    }

    /**
     * @param text       what to show
     * @param alsoSecret one more value never to show, such as the token the failed request carried, or {@code null}
     */
    public String shown(String text, String alsoSecret) {
        List<String> all = new ArrayList<>(secrets);
        all.addAll(withEncoded(Collections.singletonList(alsoSecret)));
        // Longest first: a secret that contains another is masked whole, not left with a tail showing.
        all.sort(Comparator.comparingInt(String::length).reversed());
        String masked = text;
        for (String secret : all) {
            masked = masked.replace(secret, MASK);
        }
        masked = BEARER.matcher(masked).replaceAll("$1" + MASK);
        masked = CREDENTIAL_FIELD.matcher(masked).replaceAll("$1" + MASK);
        String line = BREAKS.matcher(masked).replaceAll(" ").strip();
        return line.length() <= MAX_CHARS ? line : line.substring(0, MAX_CHARS - 3) + "...";
    }

    private static List<String> withEncoded(Collection<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                out.add(value);
                out.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
