package dev.ingest.runner;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** A connector's settings from the {@code --config} file, then the environment. */
final class SettingsLoader {

    private final Map<String, String> environment;
    private final Path configFile;

    /** @param configFile a properties file keyed by full setting names, or {@code null} */
    SettingsLoader(Map<String, String> environment, Path configFile) {
        this.environment = environment;
        this.configFile = configFile;
    }

    /** @throws ConfigException when the file cannot be read or a required setting is missing */
    Settings load(Connector connector) {
        Settings settings = new Settings(connector.name(), List.of(readConfigFile(), environment), connector.settings());
        settings.requireDeclared();
        return settings;
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
}
