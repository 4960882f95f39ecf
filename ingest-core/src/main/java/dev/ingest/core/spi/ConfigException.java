package dev.ingest.core.spi;

/** A setting, flag or configuration that is missing or malformed; the message names it in one line. */
public class ConfigException extends RuntimeException {

    /**
     * A configuration error.
     *
     * @param message one line naming the setting or flag and what is wrong with it, without a secret's value
     */
    public ConfigException(String message) {
        super(message);
    }
}
