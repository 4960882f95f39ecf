package dev.ingest.core.spi;

/** A setting, flag or configuration that is missing or malformed; the message names it in one line. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
