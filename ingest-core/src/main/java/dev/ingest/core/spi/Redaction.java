package dev.ingest.core.spi;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Makes error text safe to print and store: secret values this process has read are masked wherever they appear
 * (an API that echoes the token in its error, a driver that quotes its URL), so are credentials in URLs and
 * authorization headers, and the text becomes one line of bounded length.
 */
public final class Redaction {

    /** The longest error text kept; a server's whole answer or a 5,000-column statement says nothing more useful. */
    public static final int MAX_CHARS = 1_000;
    private static final String MASK = "****";
    /** Shorter values (a port, "true") would mask innocent text and are no secret worth the name. */
    private static final int MIN_SECRET_CHARS = 6;
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final List<Pattern> CREDENTIAL_PATTERNS = List.of(
            Pattern.compile("(?<=://)([^/\\s:@]+):[^/\\s@]*(?=@)"),
            Pattern.compile("(?i)(?<=password=)[^&;\\s]+"),
            Pattern.compile("(?i)(?<=bearer )[A-Za-z0-9._~+/=-]+"),
            Pattern.compile("(?i)(?<=token=\")[^\"]+"));

    private Redaction() {
    }

    /** Remembers a secret value, so that no text cleaned from now on shows it. */
    public static void register(String secret) {
        if (secret != null && secret.strip().length() >= MIN_SECRET_CHARS) {
            SECRETS.add(secret.strip());
        }
    }

    /** {@code text} without secrets, on one line, at most {@link #MAX_CHARS} characters. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text;
        // The longest first, so that a secret containing another is masked whole.
        for (String secret : SECRETS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            cleaned = cleaned.replace(secret, MASK);
        }
        for (int i = 0; i < CREDENTIAL_PATTERNS.size(); i++) {
            cleaned = CREDENTIAL_PATTERNS.get(i).matcher(cleaned).replaceAll(i == 0 ? "$1:" + MASK : MASK);
        }
        cleaned = cleaned.strip().replaceAll("\\s*\\R\\s*", " ").replace('\0', ' ');
        if (cleaned.length() > MAX_CHARS) {
            cleaned = cleaned.substring(0, MAX_CHARS) + "... (" + (cleaned.length() - MAX_CHARS) + " more characters)";
        }
        return cleaned;
    }
}
