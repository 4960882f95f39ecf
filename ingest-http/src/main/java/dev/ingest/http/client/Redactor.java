package dev.ingest.http.client;

import dev.ingest.core.spi.Redaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Makes text from an API's answer fit for an error message, which ends up in logs and the sync history: an API may
 * echo the credentials it was sent, so the client's own secrets are masked, with everything {@link Redaction} masks,
 * and the text is one line of at most {@value #MAX_CHARS} characters: enough for an API's error, short of an HTML page.
 */
public final class Redactor {

    public static final int MAX_CHARS = 500;

    private final List<String> secrets;

    /** @param secrets the values never to show; null and blank ones are ignored */
    public Redactor(Collection<String> secrets) {
        this.secrets = new ArrayList<>(secrets);
    }

    /**
     * @param text       what to show
     * @param alsoSecret more values never to show, such as the token the failed request carried
     */
    public String shown(String text, Collection<String> alsoSecret) {
        List<String> all = new ArrayList<>(secrets);
        all.addAll(alsoSecret);
        return Redaction.clean(text, all, MAX_CHARS);
    }
}
