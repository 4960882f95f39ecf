package dev.ingest.csv;

import dev.ingest.core.spi.ConfigException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code ingest import} was asked to do.
 *
 * @param profile     the profile's name
 * @param file        the CSV file
 * @param encoding    the file's encoding, or {@code null} to detect it: a UTF-8, UTF-16 or UTF-32 byte-order mark, else UTF-8, else Windows-1252
 * @param delimiter   the delimiter, or {@code null} to sniff one of {@code , ; TAB |}
 * @param key         the key column, overriding the profile's, or {@code null}
 * @param mapping     a YAML file of {@code header: column} overrides, or {@code null}
 * @param table       the table for the generic profile, or {@code null} for the file's base name
 * @param phoneRegion region of phone numbers written without a country code ({@code US})
 * @param zone        zone of timestamps written without an offset, overriding the profile's, or {@code null}
 * @param raw         what a row keeps in {@code _raw} besides its columns
 */
public record CsvImportOptions(
        String profile,
        Path file,
        Charset encoding,
        Character delimiter,
        String key,
        Path mapping,
        String table,
        String phoneRegion,
        ZoneId zone,
        RawContent raw) {

    public static CsvImportOptions of(String profile, Path file) {
        return new CsvImportOptions(profile, file, null, null, null, null, null, "US", null, RawContent.UNMAPPED);
    }

    /** The same options as {@code csv} connector settings ({@code CSV_FILE}, {@code CSV_PROFILE}, ...), by short name. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(CsvConnector.PROFILE, profile);
        settings.put(CsvConnector.FILE, file.toString());
        put(settings, CsvConnector.ENCODING, encoding == null ? null : encoding.name());
        put(
                settings,
                CsvConnector.DELIMITER,
                delimiter == null ? null : delimiter == '\t' ? "TAB" : delimiter.toString());
        put(settings, CsvConnector.KEY, key);
        put(settings, CsvConnector.MAPPING, mapping == null ? null : mapping.toString());
        put(settings, CsvConnector.TABLE, table);
        put(settings, CsvConnector.PHONE_REGION, phoneRegion);
        put(settings, CsvConnector.TIME_ZONE, zone == null ? null : zone.getId());
        put(settings, CsvConnector.RAW, raw == null ? null : raw.label());
        return settings;
    }

    /** {@code --encoding}: a charset name Java knows. */
    public static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "--encoding " + name + " is not an encoding Java knows (try UTF-8 or windows-1252)");
        }
    }

    /** {@code --delimiter}: one of {@code , ; |} or {@code TAB}. */
    public static Character delimiter(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "TAB", "\\T" -> '\t';
            case ",", ";", "|" -> text.charAt(0);
            default -> throw new ConfigException("--delimiter must be one of , ; | TAB, got '" + text + "'");
        };
    }

    private static void put(Map<String, String> settings, String name, String value) {
        if (value != null) {
            settings.put(name, value);
        }
    }
}
