package dev.ingest.csv;

import dev.ingest.core.SyncRequest;
import dev.ingest.core.spi.Settings;
import dev.ingest.csv.profile.Profile;
import dev.ingest.csv.profile.ProfileCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The API {@code ingest import} calls: a connector and client ready for
 * {@code new SyncEngine(warehouse).sync(imp.connector(), imp.client(), imp.request(...), listener)}.
 * Opening one reads the header and a sample, decides the mapping and fails with a one-line
 * {@link dev.ingest.core.spi.ConfigException} (a missing required column, a bad flag) before anything is written.
 */
public final class CsvImport {

    private final CsvConnector connector;
    private final CsvFileClient client;

    private CsvImport(CsvConnector connector, CsvFileClient client) {
        this.connector = connector;
        this.client = client;
    }

    public static CsvImport open(CsvImportOptions options) {
        CsvConnector connector = new CsvConnector();
        Settings settings = Settings.fromShortNames(connector.name(), connector.settings(), options.settings());
        return new CsvImport(connector, (CsvFileClient) connector.open(settings));
    }

    public CsvConnector connector() {
        return connector;
    }

    public CsvFileClient client() {
        return client;
    }

    public ImportPlan plan() {
        return client.plan();
    }

    /** {@code base} narrowed to this file's profile stream, full: a file is always read whole. */
    public SyncRequest request(SyncRequest base) {
        return base.withStreams(List.of(plan().stream().name())).withFull(true);
    }

    /** Rows skipped because a later row of the file has the same key: the last row wins. */
    public long duplicateKeys() {
        return client.supersededRows();
    }

    public long bytesRead() {
        return client.bytesRead();
    }

    public long fileSize() {
        return plan().file().size();
    }

    /** {@code ingest import --list}: each profile, its table, key and target columns. */
    public static List<String> listProfiles() {
        List<String> lines = new ArrayList<>();
        for (Profile profile : ProfileCatalog.builtIn().all()) {
            lines.add(profile.name() + " -> csv." + (profile.generic() ? "<table>" : profile.table()) + ": "
                    + profile.description());
            if (profile.generic()) {
                lines.add("    columns inferred from the file; key from --key, else the source line");
                continue;
            }
            lines.add("    key " + String.join(", ", profile.key()));
            profile.columns()
                    .forEach(c -> lines.add("    " + c.name() + " " + c.type().label()
                            + (c.required() ? " required" : "")
                            + (c.aliases().isEmpty() ? "" : " (also: " + String.join(", ", c.aliases()) + ")")));
        }
        return lines;
    }
}
