package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final String USERS = """
            User #,First Name,Last Name,E-mail,Cell Phone
            101,José,Núñez,JOSE@Example.com ,(512) 555-0101
            102,Zoë,O'Brien,zoe@,512-555-0102
            """;

    @TempDir
    Path dir;

    private IngestCli.Result importUsers(String... extra) throws Exception {
        return importUsers(Map.of(), false, extra);
    }

    private IngestCli.Result importUsers(Map<String, String> environment, boolean terminal, String... extra)
            throws Exception {
        Path file = dir.resolve("users.csv");
        Files.writeString(file, USERS, StandardCharsets.UTF_8);
        String[] args = new String[4 + extra.length];
        args[0] = "--warehouse=jdbc:duckdb:" + dir.resolve("w.duckdb");
        args[1] = "import";
        args[2] = "genius_users";
        args[3] = file.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return IngestCli.run(environment, terminal, args);
    }

    @Test
    void anImportWithARejectedRowExits3AndWritesTheRejectsFile() throws Exception {
        Path rejects = dir.resolve("rejects.csv");

        IngestCli.Result result = importUsers("--rejects=" + rejects);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.out()).contains("1 loaded (1 created").contains("1 rejected");
        assertThat(Files.readString(rejects))
                .contains("\"3\"")
                .contains("email: 'zoe@' is not an email address")
                .contains("102,Zoë,O'Brien,zoe@,512-555-0102");
    }

    @Test
    void withJsonStdoutIsOneDocumentOfTheRunAsTheHistoryHoldsItAndWhatTheImportAddsAndTheSummaryGoesToStderr()
            throws Exception {
        Path rejects = dir.resolve("rejects.csv");

        IngestCli.Result result = importUsers("--rejects=" + rejects, "--json");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.PARTIAL);
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.get("connector").asText()).isEqualTo("csv");
        assertThat(document.get("status").asText()).isEqualTo("partial");
        assertThat(document.get("dry_run").asBoolean()).isFalse();
        assertThat(document.get("file").asText())
                .isEqualTo(dir.resolve("users.csv").toString());
        assertThat(document.get("profile").asText()).isEqualTo("genius_users");
        assertThat(document.get("table").asText()).isEqualTo("csv.genius_users");
        assertThat(document.get("duplicate_keys").asLong()).isZero();
        assertThat(document.get("rejects_file").asText()).isEqualTo(rejects.toString());
        assertThat(document.get("runs")).hasSize(1);
        JsonNode run = document.get("runs").get(0);
        try (Warehouse warehouse = openWarehouse()) {
            SyncRun recorded = warehouse.history().get(run.get("id").asText());
            assertThat(run.get("stream").asText()).isEqualTo(recorded.stream());
            assertThat(run.get("status").asText()).isEqualTo(recorded.status().label());
            assertThat(run.get("processed").asLong())
                    .isEqualTo(recorded.counts().processed())
                    .isEqualTo(2);
            assertThat(run.get("created").asLong()).isEqualTo(recorded.counts().created());
            assertThat(run.get("rejected").asLong())
                    .isEqualTo(recorded.counts().rejected())
                    .isEqualTo(1);
        }
        assertThat(result.err()).contains("1 loaded (1 created").contains("1 rejected rows written to " + rejects);
    }

    @Test
    void aDryRunWithJsonGivesItsCountsAndNoRejectsFile() throws Exception {
        IngestCli.Result result = importUsers("--dry-run", "--json");

        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.get("dry_run").asBoolean()).isTrue();
        assertThat(document.get("rejects_file").isNull()).isTrue();
        assertThat(document.get("runs").get(0).get("processed").asLong()).isEqualTo(2);
        assertThat(document.get("runs").get(0).get("rejected").asLong()).isEqualTo(1);
        assertThat(result.err()).contains("'E-mail' -> email email").contains("nothing written");
    }

    @Test
    void onATerminalTheProgressLineFitsItsWidth() throws Exception {
        IngestCli.Result result = importUsers(Map.of("COLUMNS", "24"), true);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.PARTIAL);
        // Everything drawn between carriage returns and line ends, each state of the line as it was shown.
        List<String> drawn = List.of(result.err().split("[\\r\\n]"));
        assertThat(drawn)
                .anySatisfy(shown -> assertThat(shown).startsWith("genius_users"))
                .allSatisfy(shown -> assertThat(shown.stripTrailing()).hasSizeLessThan(24));
    }

    @Test
    void onAWideTerminalTheProgressLineShowsTheShareOfTheFileRead() throws Exception {
        IngestCli.Result result = importUsers(Map.of("COLUMNS", "200"), true);

        assertThat(result.err()).containsPattern("genius_users: [0-9]+% of the file, 2 rows, [0-9,]+ rows/s, ETA 0:00");
    }

    @Test
    void rawFollowsTheFlagOverCsvRawOverIngestRaw() throws Exception {
        String whole = "{\"User #\":\"101\",\"First Name\":\"José\",\"Last Name\":\"Núñez\","
                + "\"E-mail\":\"JOSE@Example.com \",\"Cell Phone\":\"(512) 555-0101\"}";

        assertThat(rawOfUser101(Map.of())).isNull();
        assertThat(rawOfUser101(Map.of("INGEST_RAW", "all"))).isEqualTo(whole);
        assertThat(rawOfUser101(Map.of("INGEST_RAW", "all", "CSV_RAW", "unmapped")))
                .isNull();
        assertThat(rawOfUser101(Map.of("CSV_RAW", "all"))).isEqualTo(whole);
        assertThat(rawOfUser101(Map.of("CSV_RAW", "all"), "--raw=unmapped")).isNull();
        assertThat(rawOfUser101(Map.of("INGEST_RAW", "unmapped"), "--raw=all")).isEqualTo(whole);
    }

    /** {@code _raw} of user 101 after an import with {@code environment} into a new warehouse (every header is mapped). */
    private String rawOfUser101(Map<String, String> environment, String... extra) throws Exception {
        IngestCli.Result result = importUsers(environment, false, extra);
        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.PARTIAL);
        try (Warehouse warehouse = openWarehouse()) {
            return (String) warehouse.dsl().fetchValue("SELECT _raw FROM csv.genius_users WHERE user_id = 101");
        } finally {
            Files.delete(dir.resolve("w.duckdb"));
        }
    }

    @Test
    void reImportingTheSameFileChangesNothing() throws Exception {
        importUsers();

        IngestCli.Result again = importUsers();

        assertThat(again.out()).contains("(0 created, 0 updated, 1 unchanged)");
    }

    @Test
    void aDryRunShowsTheMappingAndWritesNothing() throws Exception {
        IngestCli.Result result = importUsers("--dry-run");

        // the row that would be rejected makes even a dry run partial
        assertThat(result.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.out())
                .contains("'E-mail' -> email email")
                .contains("jose@example.com")
                .contains("+15125550101")
                .contains("nothing written");
        try (Warehouse warehouse = openWarehouse()) {
            assertThat(warehouse
                            .dsl()
                            .fetchCount(warehouse
                                    .dsl()
                                    .selectFrom("information_schema.tables")
                                    .where("table_schema = 'csv'")))
                    .isZero();
            assertThat(warehouse.history().recent(null, 5)).isEmpty();
        }
    }

    private Warehouse openWarehouse() {
        return Warehouse.open(new WarehouseConfig("jdbc:duckdb:" + dir.resolve("w.duckdb"), null, null));
    }

    @Test
    void anUnknownProfileIsNamedInOneLine() throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "a,b\n1,2\n");

        IngestCli.Result result = IngestCli.run(
                Map.of(), "--warehouse=jdbc:duckdb:" + dir.resolve("w.duckdb"), "import", "nosuch", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("ingest: ").contains("nosuch").hasLineCount(1);
    }

    @Test
    void aBinaryFileIsRefusedInOneLineAsBadInput() throws Exception {
        byte[] binary = new byte[50_000];
        new Random(3).nextBytes(binary);
        Path file = dir.resolve("ls");
        Files.write(file, binary);

        IngestCli.Result result = IngestCli.run(
                Map.of(), "--warehouse=jdbc:duckdb:" + dir.resolve("w.duckdb"), "import", "generic", file.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err())
                .startsWith("ingest: CSV file " + file + " is not text: ")
                .hasLineCount(1);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedInOneLineWithTheReason() throws Exception {
        Path file = dir.resolve("missing.csv");

        IngestCli.Result result = IngestCli.run(
                Map.of(), "--warehouse=jdbc:duckdb:" + dir.resolve("w.duckdb"), "import", "generic", file.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err())
                .isEqualTo("ingest: cannot read CSV file " + file + ": no such file" + System.lineSeparator());
    }

    @Test
    void whatTheImportDecidedForTheUserIsPrintedAsNotes() throws Exception {
        Path file = dir.resolve("own.csv");
        Files.writeString(file, "source_line,name\n7,Ann\n");

        IngestCli.Result result = IngestCli.run(
                Map.of(), "--warehouse=jdbc:duckdb:" + dir.resolve("w.duckdb"), "import", "generic", file.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith("note: header 'source_line' (column 1) is column source_line_2: ");
    }
}
