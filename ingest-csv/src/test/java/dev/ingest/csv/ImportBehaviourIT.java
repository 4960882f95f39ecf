package dev.ingest.csv;

import static dev.ingest.csv.ImportHarness.fixture;
import static dev.ingest.csv.ImportHarness.options;
import static dev.ingest.csv.ImportHarness.raw;
import static dev.ingest.csv.ImportHarness.rawField;
import static dev.ingest.csv.ImportHarness.rejects;
import static dev.ingest.csv.ImportHarness.rows;
import static dev.ingest.csv.ImportHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.csv.rejects.CsvRejectsFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generic imports, mapping decisions, re-imports, dry runs and the rejects file, on both warehouses. */
class ImportBehaviourIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final TestWarehouses warehouses = new TestWarehouses();

    private Warehouse warehouse(WarehouseConfig.Kind kind) {
        return warehouses.open(kind);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void genericInfersTypesFromASampleAndRejectsTheFewValuesThatDoNotFit(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        CsvImportOptions options = new CsvImportOptions(
                "generic", fixture("leads.csv"), null, null, "Lead ID", null, null, "US", null, RawContent.UNMAPPED);
        CsvImport imp = CsvImport.open(options);

        StreamResult result = run(warehouse, imp, false);

        assertThat(imp.plan().stream().table()).isEqualTo("leads");
        assertThat(imp.plan().stream().primaryKey()).containsExactly("lead_id");
        assertThat(imp.plan().profile().columns())
                .extracting(c -> c.name() + " " + c.type().label())
                .containsExactly(
                        "lead_id integer",
                        "score integer",
                        "rate decimal",
                        "opted_in boolean",
                        "signup_date date",
                        "last_seen timestamp",
                        "notes text");
        assertThat(result.counts().created()).isEqualTo(24);
        assertThat(rejects(warehouse, result)).containsExactly("line 8: score: 'n/a' is not a whole number");
        assertThat(rows(warehouse, "leads", "lead_id, score, rate, opted_in, signup_date, last_seen, notes", "lead_id")
                        .get(1))
                .containsExactly("2", "6", "2.5", "false", "2024-01-02", "2024-01-02T10:02:00Z", "note 2, café");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aNulInsideAFieldRejectsThatRowAloneInSmallAndLargeFilesAlike(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        StringBuilder large = new StringBuilder("id,name\n");
        for (int id = 1; id <= 400; id++) {
            large.append(id)
                    .append(',')
                    .append(id == 150 ? "Ef\0gh" : "name " + id)
                    .append('\n');
        }
        Path small = write("small.csv", "id,name\n1,Ann\n2,Ab\0cd\n3,Cy\n");
        Path big = write("big.csv", large.toString());

        StreamResult smallResult = run(
                warehouse,
                new CsvImportOptions(
                        "generic", small, null, null, "id", null, "nul_small", "US", null, RawContent.UNMAPPED));
        CsvImport bigImport = CsvImport.open(new CsvImportOptions(
                "generic", big, null, null, "id", null, "nul_big", "US", null, RawContent.UNMAPPED));
        StreamResult bigResult = new SyncEngine(warehouse)
                .sync(
                        bigImport.connector(),
                        bigImport.client(),
                        bigImport.request(SyncRequest.all().withBatchSize(1_000)),
                        SyncListener.NONE)
                .streams()
                .get(0);

        String reason = "name: contains a NUL character (U+0000), which a warehouse cannot keep in text";
        assertThat(smallResult.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(rejects(warehouse, smallResult)).containsExactly("line 3: " + reason);
        assertThat(rows(warehouse, "nul_small", "id, name", "id"))
                .containsExactly(List.of("1", "Ann"), List.of("3", "Cy"));
        assertThat(bigResult.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(rejects(warehouse, bigResult)).containsExactly("line 151: " + reason);
        assertThat(rows(warehouse, "nul_big", "id", "id")).hasSize(399);
        assertThat(warehouse.history().recent("csv", 10))
                .extracting(SyncRun::status)
                .containsOnly(RunStatus.PARTIAL);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void genericWithoutAKeyIsKeyedByTheSourceLineAndNamesItsTable(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        Path file = write("Visits 2024.csv", "Visitor Name;Visitor Name;2nd Phone\nAnn;A;(512) 555-0101\nBo;B;x\n");

        StreamResult result = run(
                warehouse,
                new CsvImportOptions(
                        "generic", file, null, null, null, null, "web visits", "US", null, RawContent.UNMAPPED));

        assertThat(result.counts().created()).isEqualTo(2);
        assertThat(rows(
                        warehouse,
                        "web_visits",
                        "source_line, visitor_name, visitor_name_2, c_2nd_phone",
                        "source_line"))
                .containsExactly(List.of("2", "Ann", "A", "(512) 555-0101"), List.of("3", "Bo", "B", "x"));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aMissingRequiredColumnStopsBeforeAnythingIsWrittenNamingTheClosestHeader(WarehouseConfig.Kind kind)
            throws IOException {
        Warehouse warehouse = warehouse(kind);
        Path file = write("users.csv", "Usr Idd,Email\n1,a@example.com\n");

        assertThatThrownBy(() -> CsvImport.open(CsvImportOptions.of("genius_users", file)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(
                        "the file has no column user_id (required by profile genius_users); closest header: 'Usr Idd'; map one with --mapping");
        assertThat(warehouse.history().recent("csv", 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aMappingFileOverridesHeaderMatching(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        Path file = write("users.csv", "Usr Idd,Email,Contact Email\n1,old@example.com,NEW@example.com\n");
        Path mapping = write("mapping.yaml", "Usr Idd: user_id\n\"Contact Email\": email\n");

        CsvImport imp = CsvImport.open(new CsvImportOptions(
                "genius_users", file, null, null, null, mapping, null, "US", null, RawContent.UNMAPPED));
        run(warehouse, imp, false);

        assertThat(imp.plan().describe())
                .contains(
                        "  'Usr Idd' -> user_id integer (--mapping)",
                        "  'Contact Email' -> email email (--mapping)",
                        "  'Email' -> kept in _raw only (matches no column)",
                        "  (no header) -> phone loaded as NULL");
        assertThat(rows(warehouse, "genius_users", "user_id, email", "user_id"))
                .containsExactly(List.of("1", "new@example.com"));
        assertThat(raw(warehouse, "genius_users", "user_id = 1")).isEqualTo("{\"Email\":\"old@example.com\"}");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void rawKeepsOnlyUnmappedHeadersAndAChangeThereUpdatesTheRow(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        run(
                warehouse,
                CsvImportOptions.of(
                        "genius_users",
                        write("users.csv", "User #,E-mail,Team\n1,A@example.com\n2,b@example.com,Red\n")));
        assertThat(raw(warehouse, "genius_users", "user_id = 1")).isNull();
        assertThat(raw(warehouse, "genius_users", "user_id = 2")).isEqualTo("{\"Team\":\"Red\"}");

        StreamResult again = run(
                warehouse,
                CsvImportOptions.of(
                        "genius_users",
                        write("users.csv", "User #,E-mail,Team\n1,a@example.com\n2,b@example.com,Blue\n")));

        assertThat(again.counts().updated()).isEqualTo(1);
        assertThat(again.counts().unchanged()).isEqualTo(1);
        assertThat(raw(warehouse, "genius_users", "user_id = 2")).isEqualTo("{\"Team\":\"Blue\"}");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void rawAllKeepsTheWholeRowAsTheFileWroteIt(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        Path file = write("users.csv", "User #,E-mail,Team\n1, A@Example.com ,\n");

        CsvImport imp = CsvImport.open(
                new CsvImportOptions("genius_users", file, null, null, null, null, null, "US", null, RawContent.ALL));
        run(warehouse, imp, false);

        assertThat(imp.plan().describe()).contains("  _raw keeps the whole row as the file wrote it (--raw all)");
        assertThat(rows(warehouse, "genius_users", "user_id, email", "user_id"))
                .containsExactly(List.of("1", "a@example.com"));
        assertThat(raw(warehouse, "genius_users", "user_id = 1"))
                .isEqualTo("{\"User #\":\"1\",\"E-mail\":\" A@Example.com \",\"Team\":\"\"}");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aMappingToAnUnknownColumnIsNamed(WarehouseConfig.Kind kind) throws IOException {
        warehouse(kind);
        Path file = write("users.csv", "ID,Email\n1,a@example.com\n");
        Path mapping = write("mapping.yaml", "Email: e_mail\n");

        assertThatThrownBy(() -> CsvImport.open(new CsvImportOptions(
                        "genius_users", file, null, null, null, mapping, null, "US", null, RawContent.UNMAPPED)))
                .hasMessage("--mapping maps 'Email' to column 'e_mail', which profile genius_users does not have");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void reimportingTheSameFileCreatesAndUpdatesNothing(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);
        run(warehouse, options("hubspot_zip_codes", "hubspot_zip_codes.csv"));

        StreamResult again = run(warehouse, options("hubspot_zip_codes", "hubspot_zip_codes.csv"));

        assertThat(again.counts().created()).isZero();
        assertThat(again.counts().updated()).isZero();
        assertThat(again.counts().unchanged()).isEqualTo(3);
        assertThat(again.counts().rejected()).isEqualTo(2);
        SyncRun last = warehouse.history().recent("csv", 1).get(0);
        assertThat(last.connector()).isEqualTo("csv");
        assertThat(last.stream()).isEqualTo("hubspot_zip_codes");
        assertThat(last.status()).isEqualTo(RunStatus.PARTIAL);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aDryRunCountsAndSamplesWithoutWriting(WarehouseConfig.Kind kind) {
        Warehouse warehouse = warehouse(kind);

        StreamResult result =
                run(warehouse, CsvImport.open(options("hubspot_zip_codes", "hubspot_zip_codes.csv")), true);

        assertThat(result.counts().processed()).isEqualTo(5);
        assertThat(result.counts().rejected()).isEqualTo(2);
        assertThat(result.sample())
                .extracting(r -> Arrays.asList(r.values()).toString())
                .containsExactly(
                        "[02134, Allston, MA, Suffolk, Northeast]",
                        "[02135, Brighton, MA, Suffolk, Northeast]",
                        "[10001-0001, New York, NY, New York, Metro]");
        assertThat(warehouse.history().recent("csv", 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void theRejectsFileHoldsLineReasonAndOriginalText(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        StreamResult result = run(warehouse, options("genius_users", "genius_users.csv"));
        Path rejectsFile = dir.resolve("rejects.csv");

        long written = CsvRejectsFile.writeRun(warehouse, result.runId(), rejectsFile);

        assertThat(written).isEqualTo(2);
        assertThat(Files.readString(rejectsFile))
                .isEqualTo("line,reason,original_text\r\n"
                        + "\"4\",\"email: 'ann@' is not an email address; phone: '555-1234' is not a valid phone number for region US; "
                        + "hired_on: '13/45/2020' is not a valid date (Invalid value for MonthOfYear (valid values 1 - 12): 13)\",\"103,Ann,Lee,ann@,555-1234,Austin,,yes,13/45/2020,,\"\r\n"
                        + "\"5\",\"user_id: required value is empty\",\",Nobody,Here,n@example.com,,,,,,,\"\r\n");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void rowsWithUndecodableBytesAreRejectedNotLoadedGarbled(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        Path file = dir.resolve("zips.csv");
        byte[] head = "Zip Code,City Name,State Code\n02134,Allston,MA\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "02135,Brighton\u00e9,MA\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(file, all);

        StreamResult result = run(
                warehouse,
                new CsvImportOptions(
                        "hubspot_zip_codes",
                        file,
                        StandardCharsets.UTF_8,
                        null,
                        null,
                        null,
                        null,
                        "US",
                        null,
                        RawContent.UNMAPPED));

        assertThat(result.counts().created()).isEqualTo(1);
        assertThat(rejects(warehouse, result))
                .containsExactly(
                        "line 3: the row has bytes that are not valid UTF-8; give the file's encoding with --encoding");
    }

    private static CsvImportOptions generic(Path file, String key, String table) {
        return new CsvImportOptions("generic", file, null, null, key, null, table, "US", null, RawContent.UNMAPPED);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void tableNamesDifferingOnlyInNonAsciiCharactersGetDistinctTables(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        CsvImport names = CsvImport.open(generic(write("names.csv", "id,city\n1,Paris\n"), "id", "clients_名前"));
        CsvImport addresses = CsvImport.open(generic(write("addresses.csv", "id,city\n1,Tokyo\n"), "id", "Clients 住所"));

        run(warehouse, names, false);
        run(warehouse, addresses, false);

        assertThat(names.plan().stream().table()).isEqualTo("clients_名前");
        assertThat(addresses.plan().stream().table()).isEqualTo("clients_住所");
        assertThat(rows(warehouse, "\"clients_名前\"", "city", "id")).containsExactly(List.of("Paris"));
        assertThat(rows(warehouse, "\"clients_住所\"", "city", "id")).containsExactly(List.of("Tokyo"));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void tableNamesOverPostgresqlsByteLimitAreCutWithAHashOfTheWholeNameAndNamed(WarehouseConfig.Kind kind)
            throws IOException {
        Warehouse warehouse = warehouse(kind);
        String base = "clients_" + "é".repeat(40);
        Path north = write("north.csv", "id,city\n1,Oslo\n");
        Path south = write("south.csv", "id,city\n1,Lima\n");
        CsvImport first = CsvImport.open(generic(north, "id", base + "_north"));
        CsvImport second = CsvImport.open(generic(south, "id", base + "_south"));

        run(warehouse, first, false);
        run(warehouse, second, false);

        String firstTable = first.plan().stream().table();
        String secondTable = second.plan().stream().table();
        assertThat(firstTable)
                .isNotEqualTo(secondTable)
                .startsWith("clients_éé")
                .matches(".*_[0-9a-f]{8}");
        assertThat(firstTable.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(secondTable.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(CsvImport.open(generic(north, "id", base + "_north")).plan().stream()
                        .table())
                .as("stable")
                .isEqualTo(firstTable);
        assertThat(first.plan().notices())
                .containsExactly("the table name '" + base + "_north' is 94 bytes, over the 63 PostgreSQL allows: "
                        + "the table is csv." + firstTable + " (cut, with a hash of the whole name)");
        assertThat(rows(warehouse, "\"" + firstTable + "\"", "city", "id")).containsExactly(List.of("Oslo"));
        assertThat(rows(warehouse, "\"" + secondTable + "\"", "city", "id")).containsExactly(List.of("Lima"));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void headersThatMakeTheSameLongColumnNameGetDistinctColumns(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        String prefix = "a".repeat(70);
        Path file = write("long.csv", "id," + prefix + " one," + prefix + " two\n1,first,second\n");

        CsvImport imp = CsvImport.open(generic(file, "id", null));
        run(warehouse, imp, false);

        String second = "a".repeat(61) + "_2";
        assertThat(imp.plan().profile().columns())
                .extracting(c -> c.name())
                .containsExactly("id", "a".repeat(63), second);
        assertThat(imp.plan().notices())
                .containsExactly("header '" + prefix + " two' (column 3) is column " + second + ": " + "a".repeat(63)
                        + " is header '" + prefix + " one' (column 2)");
        assertThat(rows(warehouse, "long", "a".repeat(63) + ", " + second, "id"))
                .containsExactly(List.of("first", "second"));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void headersNamedLikeTheImportersOwnColumnsGetColumnsOfTheirOwn(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        Path file = write("own.csv", "source_line,_raw,_synced_at,_run_id,_deleted_at,_extra,name\n7,r,s,u,d,e,Ann\n");

        CsvImport imp = CsvImport.open(generic(file, null, null));
        StreamResult result = run(warehouse, imp, false);

        assertThat(result.counts().created()).isEqualTo(1);
        assertThat(imp.plan().notices())
                .containsExactly(
                        "header 'source_line' (column 1) is column source_line_2: source_line is the row's line in the file, which the import adds");
        assertThat(rows(
                        warehouse,
                        "own",
                        "source_line, source_line_2, raw, synced_at, run_id, deleted_at, extra, name",
                        "source_line"))
                .containsExactly(List.of("2", "7", "r", "s", "u", "d", "e", "Ann"));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void headersPastTheColumnLimitAreKeptInRawAndNamed(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        List<String> headers = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            headers.add("h" + i);
            // 12 characters each: 1,000 such values would not fit in a PostgreSQL row.
            values.add(i == 1 ? "1" : String.format("value-%06d", i));
        }
        Path file = write("wide.csv", String.join(",", headers) + "\n" + String.join(",", values) + "\n");

        CsvImport imp = CsvImport.open(generic(file, "h1", null));
        StreamResult result = run(warehouse, imp, false);

        assertThat(result.counts().created()).isEqualTo(1);
        assertThat(imp.plan().stream().columns()).hasSize(500);
        assertThat(imp.plan().notices())
                .containsExactly("the file has 5,000 headers and a table gets a column for each of the first 500: "
                        + "the other 4,500, from 'h501' on, are kept in _raw");
        assertThat(rows(warehouse, "wide", "h500", "h1")).containsExactly(List.of("value-000500"));
        assertThat(rawField(warehouse, "wide", "h1 = 1", "h501")).isEqualTo("value-000501");
        assertThat(rawField(warehouse, "wide", "h1 = 1", "h5000")).isEqualTo("value-005000");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aUtf16FileWithAByteOrderMarkImportsItsTextUnchanged(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        Path file = dir.resolve("utf16.csv");
        Files.write(file, "\uFEFFid;city\r\n1;Zoë\r\n2;東京\r\n".getBytes(StandardCharsets.UTF_16LE));

        CsvImport imp = CsvImport.open(generic(file, "id", null));
        StreamResult result = run(warehouse, imp, false);

        assertThat(result.counts().created()).isEqualTo(2);
        assertThat(imp.plan().describe().get(0)).contains("UTF-16LE (UTF-16LE byte-order mark), semicolon-delimited");
        assertThat(rows(warehouse, "utf16", "id, city", "id")).containsExactly(List.of("1", "Zoë"), List.of("2", "東京"));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aHeaderNamedExtraKeepsItsValueInRawBesideTheFieldsPastTheHeader(WarehouseConfig.Kind kind) throws IOException {
        Warehouse warehouse = warehouse(kind);
        Path file = write("users.csv", "User #,_extra\n1,important,\n");

        CsvImport imp = CsvImport.open(CsvImportOptions.of("genius_users", file));
        run(warehouse, imp, false);

        assertThat(imp.plan().describe()).contains("  '_extra (2)' -> kept in _raw only (matches no column)");
        assertThat(raw(warehouse, "genius_users", "user_id = 1"))
                .isEqualTo("{\"_extra (2)\":\"important\",\"_extra\":[\"\"]}");
    }
}
