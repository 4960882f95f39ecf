package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path file = dir.resolve("users.csv");
        Files.writeString(file, USERS, StandardCharsets.UTF_8);
        String[] args = new String[4 + extra.length];
        args[0] = "--warehouse=jdbc:duckdb:" + dir.resolve("w.duckdb");
        args[1] = "import";
        args[2] = "genius_users";
        args[3] = file.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return IngestCli.run(Map.of(), args);
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
        try (Warehouse warehouse =
                Warehouse.open(new WarehouseConfig("jdbc:duckdb:" + dir.resolve("w.duckdb"), null, null))) {
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
