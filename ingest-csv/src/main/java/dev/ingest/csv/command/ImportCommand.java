package dev.ingest.csv.command;

import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.command.CommandContext;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.csv.CsvConnector;
import dev.ingest.csv.CsvImport;
import dev.ingest.csv.CsvImportOptions;
import dev.ingest.csv.ImportProgress;
import dev.ingest.csv.ImportSummary;
import dev.ingest.csv.RawContent;
import dev.ingest.csv.rejects.CsvRejectsFile;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        description =
                "Import a CSV file into the warehouse (csv.<table>) through a profile: mapped, cleaned, validated, upserted.",
        footer = "Exit status: 0 success, 3 some rows rejected, 4 skipped (another run held the stream),"
                + " 1 failed or cancelled, 2 bad usage, configuration or input file (unreadable, not text).")
final class ImportCommand implements Callable<Integer> {

    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "<profile>",
            description = "A profile, as `ingest import --list` shows them.")
    private String profile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<file>", description = "The CSV file.")
    private Path file;

    @Option(names = "--list", description = "Show the profiles and their target columns.")
    private boolean list;

    @Option(
            names = "--json",
            description = "One JSON document on stdout: the sync's {\"connector\", \"status\", \"dry_run\","
                    + " \"wall_seconds\", \"runs\": [...]} with the import's \"file\", \"profile\", \"table\","
                    + " \"duplicate_keys\" and \"rejects_file\"; the notes and the summary go to stderr.")
    private boolean json;

    @Option(
            names = "--dry-run",
            description = "Show the mapping decided, the first rows after cleaning and the counts; write nothing.")
    private boolean dryRun;

    /**
     * Larger than a sync's: a file's rows are at hand, so fewer transactions cost the warehouse less (a million-row
     * import into PostgreSQL about 0.3 s faster than in batches of 10,000), and redoing a batch after a crash is cheap.
     * A batch's text stays bounded whatever its rows (see the engine's batch builder), so memory does too.
     */
    static final int IMPORT_BATCH_SIZE = 25_000;

    @Option(
            names = "--batch-size",
            paramLabel = "<n>",
            defaultValue = "" + IMPORT_BATCH_SIZE,
            description = "The most rows a batch holds; each batch is one transaction (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(
            names = "--rejects",
            paramLabel = "<file>",
            description = "Write rejected rows (line, reason, original text) to this CSV file.")
    private Path rejects;

    @Option(
            names = "--encoding",
            paramLabel = "<charset>",
            description =
                    "The file's encoding; default: the byte-order mark's (UTF-8, UTF-16, UTF-32), else UTF-8, else Windows-1252.")
    private String encoding;

    @Option(names = "--delimiter", paramLabel = "<, ; | TAB>", description = "The delimiter; default: sniffed.")
    private String delimiter;

    @Option(
            names = "--key",
            paramLabel = "<column>",
            description = "The key column, overriding the profile's (generic: default the line number).")
    private String key;

    @Option(names = "--mapping", paramLabel = "<file>", description = "A YAML file of `header: column` overrides.")
    private Path mapping;

    @Option(
            names = "--table",
            paramLabel = "<name>",
            description =
                    "Table of a generic import; default: the file's base name. Letters of any script are kept; a name over 63 bytes is cut and ends in a hash.")
    private String table;

    @Option(
            names = "--phone-region",
            paramLabel = "<region>",
            defaultValue = "US",
            description = "Region of phone numbers without a country code (default: ${DEFAULT-VALUE}).")
    private String phoneRegion;

    @Option(
            names = "--time-zone",
            paramLabel = "<zone>",
            description = "Zone of timestamps without an offset; default: the profile's.")
    private String timeZone;

    @Option(
            names = "--raw",
            paramLabel = "<unmapped|all>",
            description = "What _raw keeps besides the columns: the headers matched to no column, or the whole row"
                    + " (default: CSV_RAW's value, else INGEST_RAW's, else unmapped).")
    private String raw;

    ImportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (list) {
            CsvImport.listProfiles().forEach(context.out()::println);
            return context.exitCode(RunStatus.SUCCESS);
        }
        long started = System.nanoTime();
        CheckedFlags flags = checkedFlags();
        // Before the options' settings are read: finding the runner's connectors and settings takes ~90 ms of a fresh
        // process, which the opening, the longest step before the first row, need not wait for.
        WarehouseOpening opening = WarehouseOpening.start(context::openWarehouse);
        // With --json, stdout holds the document alone.
        PrintWriter text = json ? context.err() : context.out();
        CsvImport imp;
        SyncRequest request;
        try {
            imp = CsvImport.open(options(flags));
            imp.plan().keyScan().startAhead();
            imp.plan().notices().forEach(notice -> text.println("note: " + notice));
            if (dryRun) {
                imp.plan().describe().forEach(text::println);
            }
            request = imp.request(SyncRequest.all().withBatchSize(batchSize).withDryRun(dryRun));
        } catch (RuntimeException | Error e) {
            opening.abandon();
            throw e;
        }
        try (Warehouse warehouse = opening.get()) {
            SyncReport report =
                    context.sync(warehouse, imp.connector(), imp.client(), request, new ImportProgress(imp));
            StreamResult result = report.streams().get(0);
            ImportSummary.lines(imp.plan(), result, imp.duplicateKeys(), dryRun).forEach(text::println);
            // A dry run records no rejects to write.
            boolean rejectsWritten = rejects != null && result.runId() != null;
            if (rejectsWritten) {
                long written = CsvRejectsFile.writeRun(warehouse, result.runId(), rejects);
                text.println(written + " rejected rows written to " + rejects);
            }
            text.flush();
            if (json) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("file", file.toString());
                fields.put("profile", imp.plan().profile().name());
                fields.put(
                        "table",
                        imp.connector().name() + "." + imp.plan().stream().table());
                fields.put("duplicate_keys", imp.duplicateKeys());
                fields.put("rejects_file", rejectsWritten ? rejects.toString() : null);
                context.printJson(warehouse, report, Duration.ofNanos(System.nanoTime() - started), fields);
            }
            return context.exitCode(report.status());
        }
    }

    /** The flags read, their usage errors found before anything is opened; raw is null when not given. */
    private record CheckedFlags(ZoneId zone, Charset encoding, Character delimiter, RawContent raw) {}

    private CheckedFlags checkedFlags() {
        if (profile == null || file == null) {
            throw new ParameterException(
                    spec.commandLine(), "give a profile and a file (ingest import <profile> <file>), or --list");
        }
        if (batchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1, got " + batchSize);
        }
        ZoneId zone = null;
        if (timeZone != null) {
            try {
                zone = ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--time-zone must be a zone such as America/Chicago, got '" + timeZone + "'");
            }
        }
        return new CheckedFlags(
                zone,
                encoding == null ? null : CsvImportOptions.charset(encoding),
                delimiter == null ? null : CsvImportOptions.delimiter(delimiter),
                raw == null ? null : RawContent.parse(raw));
    }

    private CsvImportOptions options(CheckedFlags flags) {
        return new CsvImportOptions(
                profile,
                file,
                flags.encoding(),
                flags.delimiter(),
                key,
                mapping,
                table,
                phoneRegion,
                flags.zone(),
                flags.raw() != null
                        ? flags.raw()
                        : RawContent.parse(context.rawPolicy(new CsvConnector()).label()));
    }
}
