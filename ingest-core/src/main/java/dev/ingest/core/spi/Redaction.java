package dev.ingest.core.spi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Makes error text safe to print and store: secret values are masked wherever they appear (an API that echoes the
 * token in its error, a driver that quotes its URL), as they are and URL-encoded as a form carries them; so are
 * credentials in URLs, authorization headers and OAuth credential fields; and the text becomes one line of bounded
 * length. Every secret setting's value that this process reads is registered here (see {@link Settings}). The
 * registry is process-wide and thread-safe; a value once registered stays masked for the life of the process.
 */
public final class Redaction {

    /** The longest error text kept; a server's whole answer or a 5,000-column statement says nothing more useful. */
    public static final int MAX_CHARS = 1_000;

    private static final String MASK = "****";
    /** Shorter registered values (a port, "true") would mask innocent text and are no secret worth the name. */
    private static final int MIN_REGISTERED_CHARS = 6;

    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();
    private static final Pattern URL_PASSWORD = Pattern.compile("(?<=://)([^/\\s:@]+):[^/\\s@]*(?=@)");
    private static final List<Pattern> CREDENTIAL_VALUES = List.of(
            Pattern.compile("(?i)(\\bbearer\\s+)[^\\s\"',;\\]}]+"),
            Pattern.compile("(?i)(\\btoken=\")[^\"]+"),
            Pattern.compile(
                    "(?i)(\\b(?:access_token|refresh_token|client_secret|password)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"'&,;\\]}]+"));
    private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Cntrl}]+");

    private Redaction() {}

    /**
     * Remembers a secret value, so that no text cleaned from now on shows it.
     *
     * @param secret the value, or {@code null}; one shorter than six characters once stripped is ignored, as it would
     *               mask innocent text
     */
    public static void register(String secret) {
        if (secret != null && secret.strip().length() >= MIN_REGISTERED_CHARS) {
            REGISTERED.add(secret.strip());
        }
    }

    /**
     * Cleans an error text for printing or storing.
     *
     * @param text the text, or {@code null}
     * @return {@code text} without registered secrets, on one line, at most {@link #MAX_CHARS} characters and a note
     *     of how many more there were; {@code null} for {@code null}
     */
    public static String clean(String text) {
        return clean(text, List.of(), MAX_CHARS);
    }

    /**
     * Cleans an error text of the registered secrets and some more.
     *
     * @param text     the text, or {@code null}
     * @param secrets  further values to mask in this text only (not registered)
     * @param maxChars the most characters kept of the cleaned text
     * @return {@code text} without registered secrets nor {@code secrets}, on one line, at most {@code maxChars}
     *     characters and a note of how many more there were; {@code null} for {@code null}
     */
    public static String clean(String text, Collection<String> secrets, int maxChars) {
        if (text == null) {
            return null;
        }
        List<String> masked = new ArrayList<>();
        for (String secret : concat(REGISTERED, secrets)) {
            if (secret != null && !secret.isBlank()) {
                masked.add(secret);
                masked.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            }
        }
        // The longest first, so that a secret containing another is masked whole.
        masked.sort(Comparator.comparingInt(String::length).reversed());
        String cleaned = text;
        for (String secret : masked) {
            cleaned = cleaned.replace(secret, MASK);
        }
        cleaned = URL_PASSWORD.matcher(cleaned).replaceAll("$1:" + MASK);
        for (Pattern credential : CREDENTIAL_VALUES) {
            cleaned = credential.matcher(cleaned).replaceAll("$1" + MASK);
        }
        cleaned = BREAKS.matcher(cleaned).replaceAll(" ").strip();
        if (cleaned.length() > maxChars) {
            cleaned = cleaned.substring(0, maxChars) + "... (" + (cleaned.length() - maxChars) + " more characters)";
        }
        return cleaned;
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
