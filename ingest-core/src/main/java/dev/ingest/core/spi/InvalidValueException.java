package dev.ingest.core.spi;

/** A value its column cannot take; the message says why, and follows the column's name in the record's rejection. */
public final class InvalidValueException extends RuntimeException {

    public InvalidValueException(String reason) {
        super(reason, null, false, false);
    }
}
