package dev.ingest.core.internal.warehouse;

import dev.ingest.core.WarehouseException;

/** A direct write met a key already in the table: the batch must go through the upsert instead. */
public class KeyExistsException extends WarehouseException {

    public KeyExistsException(String message, Throwable cause) {
        super(message, cause);
    }
}
