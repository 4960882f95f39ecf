package dev.ingest.core.spi;

/**
 * The source refused or failed a request. The message carries the source's own error text (a parsed
 * error body, not only a status line) and never a credential.
 */
public class SourceException extends RuntimeException {

    private final boolean retryable;

    public SourceException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public SourceException(String message) {
        this(message, false, null);
    }

    /** Whether trying the same request again later may succeed (a timeout, a 5xx, a dropped connection). */
    public boolean retryable() {
        return retryable;
    }
}
