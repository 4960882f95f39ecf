package dev.ingest.core;

/** The warehouse could not be reached or refused a write; the message says which and why. */
public class WarehouseException extends RuntimeException {

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
