package dev.ingest.csv;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.csv.cleaning.Cleaners;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.input.CsvFile;
import dev.ingest.csv.input.CsvRecord;
import dev.ingest.csv.mapping.ColumnMapping;
import dev.ingest.csv.mapping.GenericColumns;
import dev.ingest.csv.mapping.HeaderMapper;
import dev.ingest.csv.mapping.HeaderMapping;
import dev.ingest.csv.mapping.Names;
import dev.ingest.csv.mapping.TableName;
import dev.ingest.csv.processing.ProfileProcessor;
import dev.ingest.csv.processing.SupersededRows;
import dev.ingest.csv.processing.TypeInference;
import dev.ingest.csv.profile.Profile;
import dev.ingest.csv.profile.ProfileCatalog;
import dev.ingest.csv.profile.ProfileColumn;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Decides an {@link ImportPlan} from the {@code csv} connector's settings; every bad setting is a one-line error. */
final class ImportPlanner {

    static final int INFERENCE_SAMPLE = 1000;
    /** The key column of a generic import given no {@code --key}: the row's line in the file. */
    static final String LINE_KEY = "source_line";

    private ImportPlanner() {}

    static ImportPlan plan(Settings settings, ProfileCatalog catalog) {
        settings.requireDeclared();
        Profile profile = catalog.get(settings.require(CsvConnector.PROFILE));
        if (settings.get(CsvConnector.TIME_ZONE).isPresent()) {
            profile = profile.withZone(zone(settings));
        }
        String region = settings.get(CsvConnector.PHONE_REGION).orElse("US").toUpperCase(Locale.ROOT);
        if (!com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance()
                .getSupportedRegions()
                .contains(region)) {
            throw new ConfigException(settings.fullName(CsvConnector.PHONE_REGION)
                    + " must be a region code such as US or GB, got '" + region + "'");
        }
        Path path = Path.of(settings.require(CsvConnector.FILE));
        CsvFile file = CsvFile.open(path, charset(settings), delimiter(settings));
        Cleaners cleaners = new Cleaners(profile, region);
        HeaderMapping mapping;
        String lineKey = null;
        List<String> notices = new ArrayList<>();
        if (profile.generic()) {
            profile = inferred(profile, file, cleaners, settings, notices);
            mapping = direct(file.headers(), profile);
            if (profile.key().isEmpty()) {
                lineKey = LINE_KEY;
            }
        } else {
            profile = withKey(profile, settings);
            mapping = HeaderMapper.map(file.headers(), profile, overrides(settings));
        }
        ProfileProcessor processor = new ProfileProcessor(profile, mapping, cleaners, lineKey);
        List<Column> columns = new ArrayList<>();
        profile.columns().forEach(c -> columns.add(new Column(c.name(), c.type().columnType())));
        if (lineKey != null) {
            columns.add(Column.integer(lineKey));
        }
        Stream stream = new Stream(
                profile.name(),
                profile.table(),
                lineKey == null ? profile.key() : List.of(lineKey),
                columns,
                null,
                processor);
        RawContent raw = settings.get(CsvConnector.RAW).map(RawContent::parse).orElse(RawContent.UNMAPPED);
        return new ImportPlan(
                file,
                profile,
                mapping,
                raw,
                stream,
                processor,
                keyScan(file, profile, mapping, cleaners, lineKey),
                notices);
    }

    private static KeyScan keyScan(
            CsvFile file, Profile profile, HeaderMapping mapping, Cleaners cleaners, String lineKey) {
        if (lineKey != null) {
            return new KeyScan(() -> SupersededRows.NONE);
        }
        int[] fields = profile.key().stream().mapToInt(mapping::indexOf).toArray();
        ValueCleaner[] keyCleaners = profile.key().stream()
                .map(k -> cleaners.forType(profile.column(k).orElseThrow().type()))
                .toArray(ValueCleaner[]::new);
        return new KeyScan(() -> SupersededRows.scan(file, fields, keyCleaners));
    }

    /**
     * The generic profile with its table and a column per header (up to {@link GenericColumns#MAX_COLUMNS}), typed from
     * a sample of the file; adds to {@code notices} each name that is not what the user gave or the header says.
     */
    private static Profile inferred(
            Profile generic, CsvFile file, Cleaners cleaners, Settings settings, List<String> notices) {
        TableName table = TableName.of(settings.get(CsvConnector.TABLE).orElseGet(() -> baseName(file.path())));
        if (table.notice() != null) {
            notices.add(table.notice());
        }
        boolean keyed = settings.get(CsvConnector.KEY).isPresent();
        GenericColumns named =
                GenericColumns.of(file.headers(), keyed ? Map.of() : Map.of(LINE_KEY, "line in the file"));
        notices.addAll(named.notices());
        List<String> names = named.names();
        List<CsvRecord> sample = file.sample(INFERENCE_SAMPLE);
        List<ProfileColumn> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new ProfileColumn(names.get(i), TypeInference.infer(sample, i, cleaners), false, List.of()));
        }
        List<String> key = settings.get(CsvConnector.KEY)
                .map(k -> List.of(keyColumn(k, columns, file.headers())))
                .orElse(List.of());
        return generic.withColumns(columns, table.name(), key);
    }

    private static String keyColumn(String given, List<ProfileColumn> columns, List<String> headers) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(given)
                    || Names.matchKey(headers.get(i)).equals(Names.matchKey(given))) {
                return columns.get(i).name();
            }
        }
        throw new ConfigException("--key " + given + " is not a column of the file; its columns: "
                + Names.shortList(columns.stream().map(ProfileColumn::name).toList()));
    }

    private static Profile withKey(Profile profile, Settings settings) {
        return settings.get(CsvConnector.KEY)
                .map(given -> {
                    String key = profile.columns().stream()
                            .map(ProfileColumn::name)
                            .filter(n -> Names.matchKey(n).equals(Names.matchKey(given)))
                            .findFirst()
                            .orElseThrow(() -> new ConfigException("--key " + given + " is not a column of profile "
                                    + profile.name() + "; its columns: "
                                    + Names.shortList(profile.columns().stream()
                                            .map(ProfileColumn::name)
                                            .toList())));
                    return profile.withColumns(profile.columns(), profile.table(), List.of(key));
                })
                .orElse(profile);
    }

    /** Each header with a column mapped to it, in order; the headers past the columns are unmapped, kept in {@code _raw}. */
    private static HeaderMapping direct(List<String> headers, Profile profile) {
        List<ColumnMapping> mapped = new ArrayList<>();
        List<String> unique = HeaderMapper.unique(headers);
        int columns = profile.columns().size();
        for (int i = 0; i < columns; i++) {
            mapped.add(new ColumnMapping(
                    i,
                    unique.get(i),
                    profile.columns().get(i).name(),
                    "snake_case of the header, type inferred as "
                            + profile.columns().get(i).type().label()));
        }
        return new HeaderMapping(unique, mapped, unique.subList(columns, unique.size()), List.of());
    }

    private static Map<String, String> overrides(Settings settings) {
        return settings.get(CsvConnector.MAPPING)
                .map(file -> {
                    try {
                        Map<String, String> read = new ObjectMapper(new YAMLFactory())
                                .readValue(
                                        Path.of(file).toFile(), new TypeReference<LinkedHashMap<String, String>>() {});
                        return read == null ? Map.<String, String>of() : read;
                    } catch (IOException e) {
                        throw new ConfigException("--mapping " + file + " is not a YAML map of header: column ("
                                + e.getMessage().lines().findFirst().orElse("") + ")");
                    }
                })
                .orElse(Map.of());
    }

    private static Charset charset(Settings settings) {
        return settings.get(CsvConnector.ENCODING)
                .map(CsvImportOptions::charset)
                .orElse(null);
    }

    private static Character delimiter(Settings settings) {
        return settings.get(CsvConnector.DELIMITER)
                .map(CsvImportOptions::delimiter)
                .orElse(null);
    }

    private static ZoneId zone(Settings settings) {
        String text = settings.get(CsvConnector.TIME_ZONE).orElseThrow();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new ConfigException(settings.fullName(CsvConnector.TIME_ZONE)
                    + " must be a time zone such as America/Chicago, got '" + text + "'");
        }
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
