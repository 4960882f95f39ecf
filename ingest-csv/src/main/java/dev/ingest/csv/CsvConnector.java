package dev.ingest.csv;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.RawPolicy;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.csv.cleaning.Cleaners;
import dev.ingest.csv.mapping.ColumnMapping;
import dev.ingest.csv.mapping.HeaderMapping;
import dev.ingest.csv.processing.ProfileProcessor;
import dev.ingest.csv.profile.Profile;
import dev.ingest.csv.profile.ProfileCatalog;
import dev.ingest.csv.profile.ProfileColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * CSV files, one stream per profile: {@code CSV_FILE} read as {@code CSV_PROFILE} into {@code csv.<table>}.
 * An import is a sync of the one stream of the file's profile.
 */
public final class CsvConnector implements Connector {

    public static final String FILE = "FILE";
    public static final String PROFILE = "PROFILE";
    public static final String ENCODING = "ENCODING";
    public static final String DELIMITER = "DELIMITER";
    public static final String KEY = "KEY";
    public static final String MAPPING = "MAPPING";
    public static final String TABLE = "TABLE";
    public static final String PHONE_REGION = "PHONE_REGION";
    public static final String TIME_ZONE = "TIME_ZONE";
    /** What {@code _raw} keeps: the setting every connector has ({@link RawPolicy#SETTING}). */
    public static final String RAW = RawPolicy.SETTING.name();

    private static final List<Setting> SETTINGS = List.of(
            Setting.required(FILE, "the CSV file to import"),
            Setting.required(PROFILE, "the profile the file follows (ingest import --list)"),
            Setting.optional(
                    ENCODING,
                    "the file's encoding; detected when unset (a UTF-8, UTF-16 or UTF-32 byte-order mark, else UTF-8, else Windows-1252)",
                    null),
            Setting.optional(DELIMITER, "one of , ; | TAB; sniffed when unset", null),
            Setting.optional(KEY, "the key column, overriding the profile's", null),
            Setting.optional(MAPPING, "a YAML file of header: column overrides", null),
            Setting.optional(
                    TABLE,
                    "the table of a generic import (letters of any script kept, cut with a hash past 63 bytes); the file's base name when unset",
                    null),
            Setting.optional(PHONE_REGION, "region of phone numbers without a country code", "US"),
            Setting.optional(TIME_ZONE, "zone of timestamps without an offset, overriding the profile's", null));

    /** Read when a CSV stream is first needed, not when the connector is loaded: most runs import no CSV. */
    private final Supplier<ProfileCatalog> catalog;

    public CsvConnector() {
        this.catalog = ProfileCatalog::builtIn;
    }

    public CsvConnector(ProfileCatalog catalog) {
        this.catalog = () -> catalog;
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV files, cleaned and mapped by profile (ingest import)";
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    /** The declared profiles, each read from a file whose headers are its column names; generic needs a file to exist. */
    @Override
    public List<Stream> streams() {
        List<Stream> streams = new ArrayList<>();
        for (Profile profile : catalog.get().all()) {
            if (profile.generic()) {
                continue;
            }
            List<ColumnMapping> mapped = new ArrayList<>();
            List<String> names =
                    profile.columns().stream().map(ProfileColumn::name).toList();
            for (int i = 0; i < names.size(); i++) {
                mapped.add(new ColumnMapping(i, names.get(i), names.get(i), "name"));
            }
            ProfileProcessor processor = new ProfileProcessor(
                    profile, new HeaderMapping(names, mapped, List.of(), List.of()), new Cleaners(profile, "US"), null);
            streams.add(new Stream(
                    profile.name(),
                    profile.table(),
                    profile.key(),
                    profile.columns().stream()
                            .map(c -> new Column(c.name(), c.type().columnType()))
                            .toList(),
                    null,
                    processor));
        }
        return streams;
    }

    @Override
    public Client open(Settings settings) {
        return new CsvFileClient(ImportPlanner.plan(settings, catalog.get()));
    }

    /** The one stream of the opened file: its profile, with columns inferred for generic. */
    @Override
    public List<Stream> discover(Client client) {
        return List.of(((CsvFileClient) client).plan().stream());
    }
}
