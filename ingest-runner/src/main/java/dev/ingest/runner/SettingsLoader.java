package dev.ingest.runner;

import dev.ingest.core.internal.ConnectorRegistry;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A connector's settings from the {@code --config} file, then the environment. Every key of the file must be a
 * setting of some connector or a warehouse key: a misspelt key would otherwise leave its setting silently unset.
 * The environment is not checked, since it holds many variables that are no concern of ours.
 */
final class SettingsLoader {

    /** A key this many edits from a valid one is taken for a misspelling of it. */
    private static final int MAX_SUGGESTION_DISTANCE = 2;

    private static final List<String> WAREHOUSE_KEYS =
            List.of(WarehouseConfig.URL_VARIABLE, WarehouseConfig.USER_VARIABLE, WarehouseConfig.PASSWORD_VARIABLE);

    private final Map<String, String> environment;
    private final Path configFile;

    /** @param configFile a properties file keyed by full setting names, or {@code null} */
    SettingsLoader(Map<String, String> environment, Path configFile) {
        this.environment = environment;
        this.configFile = configFile;
    }

    /** @throws ConfigException when the file cannot be read, has an unknown key, or a required setting is missing */
    Settings load(Connector connector) {
        Settings settings = given(connector);
        settings.requireDeclared();
        return settings;
    }

    /**
     * The settings as given, a required one perhaps missing.
     *
     * @throws ConfigException when the file cannot be read or has an unknown key
     */
    Settings given(Connector connector) {
        return new Settings(connector.name(), List.of(fileValues(), environment), connector.settings());
    }

    /**
     * The environment with the {@code --config} file's values over it, for the warehouse keys.
     *
     * @throws ConfigException when the file cannot be read or has an unknown key
     */
    Map<String, String> environmentWithFile() {
        Map<String, String> merged = new HashMap<>(environment);
        merged.putAll(fileValues());
        return merged;
    }

    /** The {@code --config} file's values, every key checked to be a known one. */
    private Map<String, String> fileValues() {
        Map<String, String> file = readConfigFile();
        refuseUnknownKeys(file.keySet(), validKeys(ConnectorRegistry.load()));
        return file;
    }

    private Map<String, String> readConfigFile() {
        if (configFile == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(configFile)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new ConfigException("cannot read --config file " + configFile + ": no such file");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read --config file " + configFile + ": " + e.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /** Every connector's settings by full name, the shared settings' names for all connectors, and the warehouse keys. */
    private static Set<String> validKeys(ConnectorRegistry connectors) {
        Set<String> keys = new TreeSet<>(WAREHOUSE_KEYS);
        Settings.SHARED.forEach(setting -> keys.add(Settings.SHARED_PREFIX + setting.name()));
        for (Connector connector : connectors.all()) {
            for (Setting setting : Settings.declared(connector)) {
                keys.add(Settings.prefix(connector.name()) + setting.name());
            }
        }
        return keys;
    }

    private void refuseUnknownKeys(Set<String> keys, Set<String> valid) {
        Set<String> unknown = new TreeSet<>(keys);
        unknown.removeAll(valid);
        if (!unknown.isEmpty()) {
            throw new ConfigException("--config file " + configFile + " has unknown key"
                    + (unknown.size() > 1 ? "s " : " ")
                    + unknown.stream().map(key -> key + suggestion(key, valid)).collect(Collectors.joining(", ")));
        }
    }

    /** {@code " (did you mean X?)"} with the valid key closest to {@code key}, when one is close; else empty. */
    private static String suggestion(String key, Set<String> valid) {
        String upper = key.toUpperCase(Locale.ROOT);
        String closest = null;
        int best = MAX_SUGGESTION_DISTANCE + 1;
        for (String candidate : valid) {
            int distance = LevenshteinDistance.getDefaultInstance().apply(upper, candidate);
            if (distance < best) {
                best = distance;
                closest = candidate;
            }
        }
        return closest == null ? "" : " (did you mean " + closest + "?)";
    }
}
