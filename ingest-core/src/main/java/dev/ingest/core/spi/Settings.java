package dev.ingest.core.spi;

import java.time.Duration;
import java.util.ArrayList;
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
 *
 * <p>Besides its own, every connector has the {@link #SHARED shared settings}, whose value when the connector's
 * ({@code HUBSPOT_RAW}) is unset is the one given for all connectors ({@code INGEST_RAW}).
 */
public final class Settings {

    /** What the full names of the values given for every connector start with. */
    public static final String SHARED_PREFIX = "INGEST_";

    /** The settings every connector has, after its own. */
    public static final List<Setting> SHARED = List.of(RawPolicy.SETTING);

    private final String connector;
    private final String prefix;
    private final Map<String, String> values;
    /** The full names of the values taken from {@link #SHARED_PREFIX}, by short name: for error messages. */
    private final Map<String, String> sharedNames = new TreeMap<>();

    private final Map<String, Setting> declared = new LinkedHashMap<>();

    /**
     * @param connector the connector's name
     * @param sources   maps of full names to values, the first holding a name wins
     * @param declared  the connector's settings, for defaults and to know which are secret; the {@link #SHARED} ones
     *                  are added
     */
    public Settings(String connector, List<Map<String, String>> sources, List<Setting> declared) {
        this.connector = connector;
        this.prefix = prefix(connector);
        Map<String, String> merged = new TreeMap<>();
        Map<String, String> shared = new TreeMap<>();
        for (int i = sources.size() - 1; i >= 0; i--) {
            sources.get(i).forEach((key, value) -> {
                if (value == null || value.isBlank()) {
                    return;
                }
                if (key.startsWith(prefix)) {
                    merged.put(key.substring(prefix.length()), value.trim());
                } else if (key.startsWith(SHARED_PREFIX) && isShared(key.substring(SHARED_PREFIX.length()))) {
                    shared.put(key.substring(SHARED_PREFIX.length()), value.trim());
                }
            });
        }
        shared.forEach((name, value) -> {
            if (merged.putIfAbsent(name, value) == null) {
                sharedNames.put(name, SHARED_PREFIX + name);
            }
        });
        this.values = merged;
        declared(declared).forEach(s -> this.declared.put(s.name(), s));
        this.declared.values().stream().filter(Setting::secret).forEach(s -> Redaction.register(merged.get(s.name())));
    }

    /**
     * Settings keyed by short names ({@code ACCESS_TOKEN}), as a connector's tests build them; an application gives
     * full names ({@code HUBSPOT_ACCESS_TOKEN}) to {@code Ingest.sync}, as the environment does.
     *
     * @param connector  the connector's name
     * @param declared   the connector's settings; the {@link #SHARED} ones are added
     * @param shortNames values by short name
     * @return the settings
     */
    public static Settings fromShortNames(String connector, List<Setting> declared, Map<String, String> shortNames) {
        String prefix = prefix(connector);
        Map<String, String> full = new LinkedHashMap<>();
        shortNames.forEach((k, v) -> full.put(prefix + k, v));
        return new Settings(connector, List.of(full), declared);
    }

    /**
     * A connector's own settings, then the {@link #SHARED} ones it does not declare itself.
     *
     * @param connector the connector
     * @return its settings, unmodifiable
     */
    public static List<Setting> declared(Connector connector) {
        return declared(connector.settings());
    }

    /**
     * {@code own} settings, then the {@link #SHARED} ones not among them.
     *
     * @param own a connector's own settings
     * @return all its settings, unmodifiable
     */
    public static List<Setting> declared(List<Setting> own) {
        List<Setting> all = new ArrayList<>(own);
        SHARED.stream()
                .filter(s -> own.stream().noneMatch(o -> o.name().equals(s.name())))
                .forEach(all::add);
        return List.copyOf(all);
    }

    private static boolean isShared(String name) {
        return SHARED.stream().anyMatch(s -> s.name().equals(name));
    }

    /**
     * What a connector's settings' full names start with: {@code HUBSPOT_} for {@code hubspot}.
     *
     * @param connector the connector's name
     * @return its upper-case name, {@code -} as {@code _}, and {@code _}
     */
    public static String prefix(String connector) {
        return connector.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
    }

    /**
     * The connector these settings are of.
     *
     * @return its name
     */
    public String connector() {
        return connector;
    }

    /**
     * A setting's full name, as the environment gives it.
     *
     * @param name a short name ({@code ACCESS_TOKEN})
     * @return the connector's full name for it ({@code HUBSPOT_ACCESS_TOKEN})
     */
    public String fullName(String name) {
        return prefix + name;
    }

    /**
     * A setting's value: the one given, trimmed, or else its declared default.
     *
     * @param name a short name
     * @return the value, empty when neither is there
     */
    public Optional<String> get(String name) {
        String value = values.get(name);
        if (value == null) {
            Setting setting = declared.get(name);
            value = setting == null ? null : setting.defaultValue();
        }
        return Optional.ofNullable(value);
    }

    /**
     * A setting's value, as {@link #get} gives it, that must be there.
     *
     * @param name a short name
     * @return the value
     * @throws ConfigException naming the full name, when the setting has no value
     */
    public String require(String name) {
        return get(name).orElseThrow(() -> new ConfigException(fullName(name) + " is not set" + describe(name)));
    }

    /**
     * The value of a setting declared as a {@link SettingType#wholeNumber whole number}, checked against its range.
     *
     * @param name a short name
     * @return the value
     * @throws ConfigException when the setting has no value or the value is not a whole number in its range
     * @throws ArithmeticException when the value does not fit an {@code int}
     */
    public int getInt(String name) {
        return Math.toIntExact(getLong(name));
    }

    /**
     * The value of a setting declared as a {@link SettingType#wholeNumber whole number}, checked against its range.
     *
     * @param name a short name
     * @return the value
     * @throws ConfigException when the setting has no value or the value is not a whole number in its range
     */
    public long getLong(String name) {
        Setting setting = declared.get(name);
        return wholeNumber(
                name,
                setting != null && setting.type() instanceof SettingType.WholeNumber declaredType
                        ? declaredType
                        : SettingType.wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /**
     * The value of a setting declared as a {@link SettingType#duration duration}, checked against its range.
     *
     * @param name a short name
     * @return the value: a whole number of the declared unit
     * @throws ConfigException when the setting has no value or the value is not a whole number in its range
     * @throws IllegalArgumentException when the setting is not declared as a duration
     */
    public Duration getDuration(String name) {
        Setting setting = declared.get(name);
        if (setting == null || !(setting.type() instanceof SettingType.WholeDuration duration)) {
            throw new IllegalArgumentException(fullName(name) + " is not declared as a duration");
        }
        return Duration.of(wholeNumber(name, duration), duration.unit());
    }

    private long wholeNumber(String name, SettingType type) {
        String text = require(name);
        String problem = type.problem(text);
        if (problem != null) {
            throw new ConfigException(givenAs(name) + " must be " + problem + ", got " + shown(name, text));
        }
        return Long.parseLong(text.strip());
    }

    /**
     * Checks every declared setting at once: the required ones are set, and each value set is of its setting's type.
     *
     * @throws InvalidSettingsException naming each problem, when there is any
     */
    public void requireDeclared() {
        List<String> problems = new ArrayList<>();
        for (Setting setting : declared.values()) {
            String value = values.get(setting.name());
            if (value == null && setting.required()) {
                problems.add(fullName(setting.name()) + " is not set" + describe(setting.name()));
            } else if (value != null && problem(setting.name(), value) != null) {
                problems.add(problem(setting.name(), value));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }

    /** "X must be ..., got ..." when {@code value} is not of the setting's declared type, else {@code null}. */
    private String problem(String name, String value) {
        Setting setting = declared.get(name);
        String problem = setting == null ? null : setting.type().problem(value);
        return problem == null ? null : givenAs(name) + " must be " + problem + ", got " + shown(name, value);
    }

    /** The full name a value was given under: the connector's, or the one for every connector. */
    private String givenAs(String name) {
        return sharedNames.getOrDefault(name, fullName(name));
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
            out.append(sep).append(givenAs(e.getKey())).append('=').append(secret ? "****" : e.getValue());
            sep = ", ";
        }
        return out.append('}').toString();
    }
}
