package dev.ingest.http.client;

import dev.ingest.core.spi.SourceException;

/** A request budget of the source is spent for longer than the run may wait; not retried: only time frees it. */
public final class BudgetSpentException extends SourceException {

    public BudgetSpentException(String message) {
        super(message, false, null);
    }
}
