package dev.ingest.csv.cleaning;

/** A value that does not fit its column; the message says why, for the rejects file. Cheap: no stack trace. */
public final class InvalidValue extends Exception {

    public InvalidValue(String message) {
        super(message, null, false, false);
    }
}
