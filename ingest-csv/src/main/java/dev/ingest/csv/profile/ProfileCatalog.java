package dev.ingest.csv.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ingest.core.spi.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The profiles shipped in {@code profiles/}: one YAML file each, listed in {@code profiles/index.txt},
 * so that adding a profile is adding a file and a line, no Java.
 */
public final class ProfileCatalog {

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record ColumnFile(String name, String type, Boolean required, List<String> aliases) {}

    record ProfileFile(
            String name,
            String description,
            String table,
            List<String> key,
            String zone,
            String dates,
            Boolean generic,
            List<ColumnFile> columns) {}

    private final Map<String, Profile> profiles;

    private ProfileCatalog(Map<String, Profile> profiles) {
        this.profiles = profiles;
    }

    /** The profiles on the class path, read once: the first read costs about half a second in a fresh JVM. */
    public static ProfileCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /** Holds the built-in catalog, read when first asked for (lazily, by the JVM's class initialisation). */
    private static final class BuiltIn {
        static final ProfileCatalog CATALOG = read();
    }

    private static ProfileCatalog read() {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (String name : index()) {
            String resource = "profiles/" + name + ".yaml";
            try (InputStream in = resourceStream(resource)) {
                Profile profile = parse(YAML.readValue(in, ProfileFile.class), resource);
                profiles.put(profile.name(), profile);
            } catch (IOException e) {
                throw new IllegalStateException("profile " + resource + " is not valid: " + e.getMessage(), e);
            }
        }
        return new ProfileCatalog(profiles);
    }

    public List<Profile> all() {
        return List.copyOf(profiles.values());
    }

    public Profile get(String name) {
        Profile profile = profiles.get(name);
        if (profile == null) {
            throw new ConfigException(
                    "unknown profile '" + name + "'; profiles: " + String.join(", ", profiles.keySet()));
        }
        return profile;
    }

    private static List<String> index() {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resourceStream("profiles/index.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read profiles/index.txt", e);
        }
        return names;
    }

    private static InputStream resourceStream(String resource) throws IOException {
        InputStream in = ProfileCatalog.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is missing from the class path");
        }
        return in;
    }

    static Profile parse(ProfileFile file, String source) {
        if (file.name() == null || file.name().isBlank()) {
            throw new IllegalStateException(source + ": name is missing");
        }
        boolean generic = Boolean.TRUE.equals(file.generic());
        List<ProfileColumn> columns = new ArrayList<>();
        for (ColumnFile column : file.columns() == null ? List.<ColumnFile>of() : file.columns()) {
            FieldType type;
            try {
                type = column.type() == null
                        ? FieldType.TEXT
                        : FieldType.valueOf(column.type().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        source + ": column " + column.name() + " has unknown type " + column.type());
            }
            columns.add(
                    new ProfileColumn(column.name(), type, Boolean.TRUE.equals(column.required()), column.aliases()));
        }
        List<String> key = file.key() == null ? List.of() : file.key();
        if (!generic && key.isEmpty()) {
            throw new IllegalStateException(source + ": key is missing");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(file.zone() == null ? "UTC" : file.zone());
        } catch (DateTimeException e) {
            throw new IllegalStateException(source + ": zone " + file.zone() + " is not a time zone");
        }
        DateOrder order = file.dates() == null
                ? DateOrder.US
                : DateOrder.valueOf(file.dates().toUpperCase(Locale.ROOT));
        return new Profile(
                file.name(),
                file.description() == null ? "" : file.description(),
                file.table() == null ? file.name() : file.table(),
                key,
                zone,
                order,
                columns,
                generic);
    }
}
