package dev.ingest.core.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of one connector, looked up by their short names ({@code ACCESS_TOKEN}) among values
 * keyed by full names ({@code HUBSPOT_ACCESS_TOKEN}). Values of secret settings never appear in
 * {@link #toString()} or in an error message.
 */
public final class Settings {

    private final String connector;
    private final String prefix;
    private final Map<String, String> values;
    private final Map<String, Setting> declared = new LinkedHashMap<>();

    /**
     * @param connector the connector's name
     * @param sources   maps of full names to values, the first holding a name wins
     * @param declared  the connector's settings, for defaults and to know which are secret
     */
    public Settings(String connector, List<Map<String, String>> sources, List<Setting> declared) {
        this.connector = connector;
        this.prefix = prefix(connector);
        Map<String, String> merged = new TreeMap<>();
        for (int i = sources.size() - 1; i >= 0; i--) {
            sources.get(i).forEach((key, value) -> {
                if (key.startsWith(prefix) && value != null && !value.isBlank()) {
                    merged.put(key.substring(prefix.length()), value.trim());
                }
            });
        }
        this.values = merged;
        declared.forEach(s -> this.declared.put(s.name(), s));
        this.declared.values().stream().filter(Setting::secret).forEach(s -> Redaction.register(merged.get(s.name())));
    }

    /** Settings with only the given short names set, as an embedding application builds them. */
    public static Settings of(String connector, List<Setting> declared, Map<String, String> shortNames) {
        String prefix = prefix(connector);
        Map<String, String> full = new LinkedHashMap<>();
        shortNames.forEach((k, v) -> full.put(prefix + k, v));
        return new Settings(connector, List.of(full), declared);
    }

    /** What a connector's settings' full names start with: {@code HUBSPOT_} for {@code hubspot}. */
    public static String prefix(String connector) {
        return connector.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
    }

    public String connector() {
        return connector;
    }

    public String fullName(String name) {
        return prefix + name;
    }

    public Optional<String> get(String name) {
        String value = values.get(name);
        if (value == null) {
            Setting setting = declared.get(name);
            value = setting == null ? null : setting.defaultValue();
        }
        return Optional.ofNullable(value);
    }

    public String require(String name) {
        return get(name).orElseThrow(() -> new ConfigException(
                fullName(name) + " is not set" + describe(name)));
    }

    public int getInt(String name, int min, int max) {
        Optional<String> text = get(name);
        if (text.isEmpty()) {
            throw new ConfigException(fullName(name) + " is not set" + describe(name));
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value < min || value > max) {
                throw new ConfigException(fullName(name) + " must be between " + min + " and " + max + ", got " + shown(name, text.get()));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(fullName(name) + " must be a whole number, got " + shown(name, text.get()));
        }
    }

    public long getLong(String name, long min) {
        Optional<String> text = get(name);
        if (text.isEmpty()) {
            throw new ConfigException(fullName(name) + " is not set" + describe(name));
        }
        try {
            long value = Long.parseLong(text.get());
            if (value < min) {
                throw new ConfigException(fullName(name) + " must be at least " + min + ", got " + shown(name, text.get()));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(fullName(name) + " must be a whole number, got " + shown(name, text.get()));
        }
    }

    /** Throws for the first required setting that has no value. */
    public void requireDeclared() {
        for (Setting setting : declared.values()) {
            if (setting.required()) {
                require(setting.name());
            }
        }
    }

    private String describe(String name) {
        Setting setting = declared.get(name);
        return setting == null ? "" : " (" + setting.description() + ")";
    }

    private String shown(String name, String value) {
        Setting setting = declared.get(name);
        return setting != null && setting.secret() ? "a value that is not valid" : "'" + value + "'";
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(connector).append(" settings {");
        String sep = "";
        for (Map.Entry<String, String> e : values.entrySet()) {
            Setting setting = declared.get(e.getKey());
            boolean secret = setting == null || setting.secret();
            out.append(sep).append(fullName(e.getKey())).append('=').append(secret ? "****" : e.getValue());
            sep = ", ";
        }
        return out.append('}').toString();
    }
}
