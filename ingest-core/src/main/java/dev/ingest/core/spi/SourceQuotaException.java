package dev.ingest.core.spi;

/**
 * The source allows no more requests for now (a daily request budget is spent): not a failure of what was read. The
 * engine keeps every batch it committed, ends the stream's run {@code partial} with this message, and the next run
 * resumes at the last committed batch.
 */
public class SourceQuotaException extends SourceException {

    /**
     * The quota is spent.
     *
     * @param message the source's own text, saying which quota and, when it tells, when it renews
     */
    public SourceQuotaException(String message) {
        super(message, false, null);
    }
}
