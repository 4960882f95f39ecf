package dev.ingest.core.spi;

/**
 * A setting a connector reads. Its full name is {@code <CONNECTOR>_<NAME>}: the environment variable or
 * the key in a {@code --config} properties file.
 *
 * @param name         upper snake case, without the connector prefix ({@code ACCESS_TOKEN})
 * @param description  one line for {@code ingest connectors}
 * @param required     whether a sync cannot start without it
 * @param secret       never printed, logged or stored
 * @param defaultValue used when unset, or {@code null}
 * @param type         what a value must be; checked with every other setting before the connector opens
 */
public record Setting(
        String name, String description, boolean required, boolean secret, String defaultValue, SettingType type) {

    /**
     * A setting of any text.
     *
     * @param name         upper snake case, without the connector prefix
     * @param description  one line for {@code ingest connectors}
     * @param required     whether a sync cannot start without it
     * @param secret       never printed, logged or stored
     * @param defaultValue used when unset, or {@code null}
     */
    public Setting(String name, String description, boolean required, boolean secret, String defaultValue) {
        this(name, description, required, secret, defaultValue, SettingType.text());
    }

    /**
     * @param name        upper snake case, without the connector prefix
     * @param description one line for {@code ingest connectors}
     * @return a text setting a sync cannot start without
     */
    public static Setting required(String name, String description) {
        return new Setting(name, description, true, false, null);
    }

    /**
     * @param name        upper snake case, without the connector prefix
     * @param description one line for {@code ingest connectors}
     * @return an optional text setting whose value is never printed, logged or stored (a token, a password)
     */
    public static Setting secret(String name, String description) {
        return new Setting(name, description, false, true, null);
    }

    /**
     * @param name         upper snake case, without the connector prefix
     * @param description  one line for {@code ingest connectors}
     * @param defaultValue used when unset, or {@code null}
     * @return an optional text setting
     */
    public static Setting optional(String name, String description, String defaultValue) {
        return new Setting(name, description, false, false, defaultValue);
    }

    /**
     * @param type what a value must be
     * @return this setting, whose values must be of {@code type}
     */
    public Setting as(SettingType type) {
        return new Setting(name, description, required, secret, defaultValue, type);
    }
}
