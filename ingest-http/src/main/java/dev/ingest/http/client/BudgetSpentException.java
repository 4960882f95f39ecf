package dev.ingest.http.client;

import dev.ingest.core.spi.SourceQuotaException;

/** A request budget of the source is spent for longer than the run may wait; not retried: only time frees it. The run ends partial and the next resumes. */
public final class BudgetSpentException extends SourceQuotaException {

    public BudgetSpentException(String message) {
        super(message);
    }
}
