package dev.ingest.core.spi;

/** A value its column cannot take; the message says why, and follows the column's name in the record's rejection. */
public final class InvalidValueException extends RuntimeException {

    /**
     * A bad value. It carries no stack trace: it reports bad data, which can be frequent, not a bug.
     *
     * @param reason why the value does not fit, for a person ({@code "'bob@' is not an email address"})
     */
    public InvalidValueException(String reason) {
        super(reason, null, false, false);
    }
}
