package dev.ingest.core;

/** The warehouse could not be reached or refused a write; the message says which and why. */
public class WarehouseException extends RuntimeException {

    /**
     * An error of the warehouse.
     *
     * @param message what failed and why, in one line without credentials
     * @param cause   the driver's error
     */
    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
