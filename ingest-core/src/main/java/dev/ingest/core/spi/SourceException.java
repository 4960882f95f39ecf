package dev.ingest.core.spi;

/**
 * The source refused or failed a request. The message carries the source's own error text (a parsed
 * error body, not only a status line) and never a credential.
 */
public class SourceException extends RuntimeException {

    /** Whether the same request may succeed later. */
    private final boolean retryable;

    /**
     * A failure of the source.
     *
     * @param message   the source's own error text, cleaned of credentials ({@link Redaction#clean(String)})
     * @param retryable whether trying the same request again later may succeed
     * @param cause     the underlying error, or {@code null}
     */
    public SourceException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /**
     * A failure that trying again will not cure.
     *
     * @param message the source's own error text, cleaned of credentials
     */
    public SourceException(String message) {
        this(message, false, null);
    }

    /**
     * Whether the failure is passing.
     *
     * @return whether trying the same request again later may succeed (a timeout, a 5xx, a dropped connection)
     */
    public boolean retryable() {
        return retryable;
    }
}
