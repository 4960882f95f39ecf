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

    public Setting(String name, String description, boolean required, boolean secret, String defaultValue) {
        this(name, description, required, secret, defaultValue, SettingType.text());
    }

    public static Setting required(String name, String description) {
        return new Setting(name, description, true, false, null);
    }

    public static Setting secret(String name, String description) {
        return new Setting(name, description, false, true, null);
    }

    public static Setting optional(String name, String description, String defaultValue) {
        return new Setting(name, description, false, false, defaultValue);
    }

    /** This setting, whose values must be of {@code type}. */
    public Setting as(SettingType type) {
        return new Setting(name, description, required, secret, defaultValue, type);
    }
}
