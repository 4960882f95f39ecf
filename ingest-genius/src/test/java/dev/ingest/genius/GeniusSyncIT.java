package dev.ingest.genius;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RejectedRecord;
import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.WarehouseFixture;
import dev.ingest.genius.client.GeniusClient;
import dev.ingest.genius.testing.GeniusDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Genius connector end to end: a real MariaDB database into a real PostgreSQL database and a DuckDB file. */
class GeniusSyncIT {

    private final GeniusConnector connector = new GeniusConnector();
    private GeniusDatabase source;
    private WarehouseFixture fixture;
    private GeniusClient client;

    @AfterEach
    void dropDatabases() {
        if (client != null) {
            client.close();
        }
        if (fixture != null) {
            fixture.close();
        }
        if (source != null) {
            source.close();
        }
    }

    private Warehouse start(WarehouseConfig.Kind kind, Map<String, String> settings) {
        source = GeniusDatabase.createEmpty().seed();
        fixture = WarehouseFixture.create(kind);
        client = (GeniusClient) connector.open(source.settings(settings));
        return fixture.warehouse();
    }

    private SyncReport sync(Warehouse warehouse, SyncRequest request) {
        return new SyncEngine(warehouse).sync(connector, client, request, SyncListener.NONE);
    }

    private static StreamResult stream(SyncReport report, String name) {
        return report.streams().stream()
                .filter(s -> s.stream().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<Record> rows(Warehouse warehouse, String table) {
        return warehouse.dsl().fetch("SELECT * FROM genius." + table + " ORDER BY id");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void fullSyncLoadsEveryTableParentsFirstWithExactTypes(WarehouseConfig.Kind kind) {
        Warehouse warehouse = start(kind, Map.of());

        SyncReport report = sync(warehouse, SyncRequest.all());

        assertThat(report.streams())
                .extracting(StreamResult::stream)
                .containsExactly(
                        "divisions",
                        "users",
                        "marketing_source_types",
                        "marketing_sources",
                        "phone_types",
                        "prospects",
                        "prospect_addresses",
                        "prospect_phones",
                        "prospect_emails",
                        "appointment_results",
                        "appointments",
                        "services",
                        "quote_statuses",
                        "quotes");
        assertThat(report.streams())
                .allSatisfy(s ->
                        assertThat(s.status()).as(s.stream() + ": " + s.error()).isEqualTo(RunStatus.SUCCESS));
        for (String[] table : new String[][] {
            {"divisions", "division"},
            {"users", "user"},
            {"prospects", "prospect"},
            {"prospect_addresses", "prospect_address"},
            {"appointments", "appointment"},
            {"quotes", "quote"},
            {"phone_types", "phone_type"}
        }) {
            assertThat(rows(warehouse, table[0])).as(table[0]).hasSize((int)
                    source.count("SELECT COUNT(*) FROM " + table[1]));
        }
        // every foreign key finds its parent in the warehouse right after the run
        assertThat(warehouse
                        .dsl()
                        .fetchValue(
                                "SELECT COUNT(*) FROM genius.appointments a JOIN genius.prospects p ON p.id = a.prospect_id"
                                        + " JOIN genius.divisions d ON d.id = p.division_id JOIN genius.quotes q ON q.appointment_id = a.id"
                                        + " JOIN genius.services s ON s.id = q.service_id JOIN genius.quote_statuses qs ON qs.id = q.status_id",
                                Long.class))
                .isEqualTo(2L);

        List<Record> prospects = rows(warehouse, "prospects");
        Record max = prospects.get(prospects.size() - 1);
        assertThat(max.get("id", BigDecimal.class)).isEqualByComparingTo("18446744073709551615");
        Record eli = prospects.get(1);
        assertThat(eli.get("estimated_value", BigDecimal.class)).isEqualByComparingTo("99999999.99");
        assertThat(eli.get("do_not_call", Boolean.class)).isTrue();
        assertThat(eli.get("company", String.class)).isEqualTo("Marsh & Sons");
        assertThat(prospects.get(0).get("notes", String.class)).isEqualTo("Wants a quote for windows 🪟");
        assertThat(prospects.get(0).get("birth_date", LocalDate.class)).isEqualTo(LocalDate.of(1980, 5, 17));
        assertThat(prospects.get(0).get("updated_at", OffsetDateTime.class).toInstant())
                .isEqualTo(Instant.parse("2024-02-01T09:00:00Z"));
        // Every field of the row is in a column, as the database gave it: nothing is left for _raw.
        assertThat(prospects.get(0).get("_raw", String.class)).isNull();
        // the soft-deleted prospect is kept, marked deleted at the change that flagged it
        assertThat(prospects.get(2).get("_deleted_at", OffsetDateTime.class).toInstant())
                .isEqualTo(Instant.parse("2024-02-01T09:00:02Z"));
        assertThat(prospects.stream().filter(r -> r.get("_deleted_at") != null)).hasSize(1);
        assertThat(rows(warehouse, "quotes").get(0).get("external_ref", BigDecimal.class))
                .isEqualByComparingTo("18446744073709551615");
        assertThat(rows(warehouse, "services").get(1).get("unit_price", BigDecimal.class))
                .isEqualByComparingTo("12.3456");
        // latin1 columns: true latin1 bytes and UTF-8 bytes written through a latin1 connection both read as José
        assertThat(rows(warehouse, "users"))
                .extracting(r -> r.get("first_name", String.class))
                .containsExactly("José", "Bob", "José");
        assertThat(rows(warehouse, "prospect_addresses").get(1).get("city", String.class))
                .isEqualTo("Montréal");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void zeroDatesBecomeNullAndAreCounted(WarehouseConfig.Kind kind) {
        Warehouse warehouse = start(kind, Map.of());

        SyncReport report = sync(warehouse, SyncRequest.all());

        assertThat(client.zeroDatesRead("divisions")).isEqualTo(1);
        assertThat(client.zeroDatesRead("users")).isEqualTo(2);
        assertThat(client.zeroDatesRead("prospects")).isEqualTo(3);
        assertThat(client.zeroDatesRead("appointments")).isEqualTo(1);
        assertThat(client.zeroDatesRead("quotes")).isEqualTo(1);
        assertThat(stream(report, "prospects").counts().rejected()).isZero();
        List<Record> prospects = rows(warehouse, "prospects");
        assertThat(prospects.get(1).get("birth_date")).isNull();
        assertThat(prospects.get(3).get("birth_date")).isNull();
        assertThat(prospects.get(3).get("created_at")).isNull();
        assertThat(prospects.get(3).get("_raw", String.class)).contains("\"birth_date\":\"1975-00-00\"");
        assertThat(rows(warehouse, "users").get(1).get("hire_date")).isNull();
        assertThat(rows(warehouse, "appointments").get(2).get("scheduled_for")).isNull();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void textThatCannotBeDecodedRejectsItsRowWithTheBytes(WarehouseConfig.Kind kind) {
        Warehouse warehouse = start(kind, Map.of());
        source.execute(
                "UPDATE prospect SET last_name = UNHEX('4F8172'), updated_at = updated_at WHERE id = 1;"
                        + "UPDATE prospect SET notes = CONCAT('before', CHAR(0), 'after'), updated_at = updated_at WHERE id = 2");

        StreamResult prospects =
                stream(sync(warehouse, SyncRequest.all().withStreams(List.of("prospects"))), "prospects");

        assertThat(prospects.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(prospects.counts().created()).isEqualTo(3);
        assertThat(prospects.counts().rejected()).isEqualTo(2);
        List<RejectedRecord> rejects = warehouse.rejects().forRun(prospects.runId());
        assertThat(rejects).extracting(RejectedRecord::sourceId).containsExactly("1", "2");
        assertThat(rejects.get(0).reason())
                .isEqualTo(
                        "last_name: text is neither valid UTF-8 nor Windows-1252 (byte 0x81 at offset 1); raw bytes 4f8172");
        assertThat(rejects.get(1).reason()).startsWith("notes: contains a NUL character");
        assertThat(rejects.get(0).payload()).contains("\"first_name\":\"Dana\"");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void incrementalSyncTakesInsertsUpdatesAndSoftDeletesAndFullSyncMarksHardDeletes(WarehouseConfig.Kind kind) {
        Warehouse warehouse = start(kind, Map.of("LOOKBACK_SECONDS", "0"));
        sync(warehouse, SyncRequest.all());
        source.execute("INSERT INTO prospect (id, division_id, first_name, last_name, status, created_at, updated_at)"
                + " VALUES (5, 1, 'Hal', 'Ives', 'new', '2024-03-01 10:00:00', '2024-03-01 10:00:00');"
                + "UPDATE prospect SET status = 'qualified', updated_at = '2024-03-01 10:00:01' WHERE id = 1;"
                + "UPDATE prospect SET is_deleted = 1, updated_at = '2024-03-01 10:00:02' WHERE id = 4;"
                + "DELETE FROM prospect_address WHERE id = 3; DELETE FROM prospect WHERE id = 18446744073709551615");

        StreamResult incremental =
                stream(sync(warehouse, SyncRequest.all().withStreams(List.of("prospects"))), "prospects");

        assertThat(incremental.mode()).isEqualTo("incremental");
        assertThat(incremental.counts().created()).isEqualTo(1);
        assertThat(incremental.counts().updated()).isEqualTo(2);
        // the window starts at the stored cursor, inclusive: only the last row of the full run is read again, and it is
        // gone
        assertThat(incremental.counts().processed()).isEqualTo(3);
        assertThat(incremental.cursorAfter()).isEqualTo("2024-03-01T10:00:02Z");
        List<Record> prospects = rows(warehouse, "prospects");
        assertThat(prospects).hasSize(6);
        assertThat(prospects.get(0).get("status", String.class)).isEqualTo("qualified");
        assertThat(prospects.get(3).get("_deleted_at", OffsetDateTime.class).toInstant())
                .isEqualTo(Instant.parse("2024-03-01T10:00:02Z"));
        assertThat(prospects.get(5).get("_deleted_at"))
                .as("a hard delete is invisible to an incremental run")
                .isNull();

        StreamResult full = stream(
                sync(warehouse, SyncRequest.all().withFull(true).withStreams(List.of("prospects"))), "prospects");

        assertThat(full.counts().deleted()).isEqualTo(1);
        assertThat(rows(warehouse, "prospects").get(5).get("_deleted_at")).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void rowsSharingOneTimestampAcrossBatchBoundariesAreAllReadInIndexOrder(WarehouseConfig.Kind kind) {
        Warehouse warehouse = start(kind, Map.of("LOOKBACK_SECONDS", "0"));
        sync(warehouse, SyncRequest.all().withStreams(List.of("prospects")));
        StringBuilder inserts = new StringBuilder(
                "INSERT INTO prospect (id, division_id, first_name, last_name, status, created_at, updated_at) VALUES ");
        for (int id = 100; id < 125; id++) {
            inserts.append(id == 100 ? "" : ", ")
                    .append("(")
                    .append(id)
                    .append(", 1, 'Same', 'Second', 'new', '2024-05-05 05:05:05', '2024-05-05 05:05:05')");
        }
        source.execute(inserts.toString());
        long sortsBefore = source.globalStatus("Sort_priority_queue_sorts");

        StreamResult result = stream(
                sync(
                        warehouse,
                        SyncRequest.all().withStreams(List.of("prospects")).withBatchSize(10)),
                "prospects");

        assertThat(result.counts().created()).isEqualTo(25);
        assertThat(result.counts().processed()).isEqualTo(26);
        assertThat(warehouse
                        .dsl()
                        .fetchValue(
                                "SELECT COUNT(DISTINCT id) FROM genius.prospects WHERE updated_at = TIMESTAMP '2024-05-05 05:05:05'",
                                Long.class))
                .isEqualTo(25L);
        // Each page is read along the (updated_at, id) index: a page sorted instead reads every row after it, each page
        // again.
        assertThat(source.globalStatus("Sort_priority_queue_sorts") - sortsBefore)
                .as("pages sorted by the server")
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aTextKeyIsPagedInItsCollationsOrder(WarehouseConfig.Kind kind, @TempDir Path dir) throws IOException {
        Path tables = Files.writeString(dir.resolve("tables.yaml"), """
                streams:
                  - name: lead_sources
                    table: lead_source
                    key: [code]
                    columns: {code: text, label: text}
                """);
        Warehouse warehouse = start(kind, Map.of("TABLES_FILE", tables.toString()));
        // latin1's default collation ignores case, so its order (a1, B2, c3, D4) is not its bytes' order (B2, D4, a1,
        // c3)
        source.execute(
                "CREATE TABLE lead_source (code VARCHAR(8) CHARACTER SET latin1 PRIMARY KEY, label VARCHAR(40) NOT NULL);"
                        + " INSERT INTO lead_source VALUES ('c3', 'Canvass'), ('a1', 'Ad'), ('D4', 'Door'), ('B2', 'Billboard')");

        StreamResult result = stream(
                sync(
                        warehouse,
                        SyncRequest.all().withStreams(List.of("lead_sources")).withBatchSize(1)),
                "lead_sources");

        assertThat(result.status()).as(String.valueOf(result.error())).isEqualTo(RunStatus.SUCCESS);
        assertThat(warehouse.dsl().fetch("SELECT code FROM genius.lead_sources").getValues(0, String.class))
                .containsExactlyInAnyOrder("a1", "B2", "c3", "D4");
    }

    @Test
    void aSyncOfATableThatDoesNotExistFailsNamingWhereItIsDefined(@TempDir Path dir) throws IOException {
        Path tables = Files.writeString(
                dir.resolve("tables.yaml"),
                "streams:\n  - {name: lead_sources, table: lead_sourcez, key: [code], columns: {code: text}}\n");
        Warehouse warehouse = start(WarehouseConfig.Kind.DUCKDB, Map.of("TABLES_FILE", tables.toString()));

        StreamResult result =
                stream(sync(warehouse, SyncRequest.all().withStreams(List.of("lead_sources"))), "lead_sources");

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.error())
                .contains("stream lead_sources: table lead_sourcez does not exist or cannot be read"
                        + " (defined in GENIUS_TABLES_FILE (" + tables + "), line 2)");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aConnectionKilledMidStreamIsReadAgainFromTheLastPosition(WarehouseConfig.Kind kind)
            throws InterruptedException {
        Warehouse warehouse =
                start(kind, Map.of("TABLES_FILE", SlowTable.overrideFile().toString()));
        SlowTable.fill(source, 400);
        StreamKiller killer = new StreamKiller(source, SlowTable.VIEW, 2);

        SyncReport report = new SyncEngine(warehouse)
                .sync(
                        connector,
                        client,
                        SyncRequest.all().withStreams(List.of(SlowTable.STREAM)).withBatchSize(25),
                        killer);

        StreamResult result = stream(report, SlowTable.STREAM);
        assertThat(killer.killed()).isGreaterThan(0);
        assertThat(result.status()).as(String.valueOf(result.error())).isEqualTo(RunStatus.SUCCESS);
        assertThat(result.counts()).isEqualTo(new RunCounts(400, 400, 0, 0, 0, 0));
        assertThat(warehouse.dsl().fetchValue("SELECT COUNT(DISTINCT id) FROM genius." + SlowTable.STREAM, Long.class))
                .isEqualTo(400L);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aConnectionKilledWhileItsPageStreamsIsReadAgainWithNoRowMissingOrRepeated(WarehouseConfig.Kind kind)
            throws InterruptedException {
        Warehouse warehouse =
                start(kind, Map.of("TABLES_FILE", WideTable.overrideFile().toString()));
        WideTable.fill(source, 600);
        // 60 ms into a page of 100 rows the server has sent rows, so the driver loses the connection mid-result
        StreamKiller killer = new StreamKiller(source, WideTable.VIEW, 1, 60);

        StreamResult result = stream(
                new SyncEngine(warehouse)
                        .sync(
                                connector,
                                client,
                                SyncRequest.all()
                                        .withStreams(List.of(WideTable.STREAM))
                                        .withBatchSize(100),
                                killer),
                WideTable.STREAM);

        assertThat(killer.killed()).isGreaterThan(0);
        assertThat(result.status()).as(String.valueOf(result.error())).isEqualTo(RunStatus.SUCCESS);
        assertThat(result.counts()).isEqualTo(new RunCounts(600, 600, 0, 0, 0, 0));
        assertThat(warehouse
                        .dsl()
                        .fetch("SELECT CAST(id AS VARCHAR) || ':' || md5(notes) FROM genius." + WideTable.STREAM
                                + " ORDER BY id")
                        .getValues(0, String.class))
                .isEqualTo(
                        source.strings("SELECT CONCAT(id, ':', MD5(notes)) FROM " + WideTable.TABLE + " ORDER BY id"));
    }

    @Test
    void aPageSlowerThanTheConnectTimeoutIsNotCutOffByTheHandshakesTimeout() {
        Warehouse warehouse = start(
                WarehouseConfig.Kind.DUCKDB,
                Map.of(
                        "TABLES_FILE",
                        SlowTable.overrideFile().toString(),
                        "CONNECT_TIMEOUT_SECONDS",
                        "1",
                        "RETRIES",
                        "0"));
        // 500 rows at 4 ms each: the server sends nothing for 2 s, twice the connect (and handshake) timeout
        SlowTable.fill(source, 500);

        StreamResult result = stream(
                sync(
                        warehouse,
                        SyncRequest.all().withStreams(List.of(SlowTable.STREAM)).withBatchSize(500)),
                SlowTable.STREAM);

        assertThat(result.status()).as(String.valueOf(result.error())).isEqualTo(RunStatus.SUCCESS);
        assertThat(result.counts().created()).isEqualTo(500);
    }

    @Test
    void aKilledConnectionIsLoggedInOneLineWithoutTheDriversOrThePoolsStackTraces() throws InterruptedException {
        Warehouse warehouse = start(
                WarehouseConfig.Kind.DUCKDB,
                Map.of("TABLES_FILE", SlowTable.overrideFile().toString()));
        SlowTable.fill(source, 200);
        StreamKiller killer = new StreamKiller(source, SlowTable.VIEW, 2);
        StreamResult result;
        List<String> log;

        try (StandardErrorCapture stderr = new StandardErrorCapture()) {
            result = stream(
                    new SyncEngine(warehouse)
                            .sync(
                                    connector,
                                    client,
                                    SyncRequest.all()
                                            .withStreams(List.of(SlowTable.STREAM))
                                            .withBatchSize(25),
                                    killer),
                    SlowTable.STREAM);
            assertThat(killer.killed()).isGreaterThan(0);
            log = stderr.text().lines().toList();
        }

        assertThat(result.status()).as(String.valueOf(result.error())).isEqualTo(RunStatus.SUCCESS);
        assertThat(log)
                .as("lines on stderr")
                .noneMatch(line -> line.contains("com.zaxxer.hikari")
                        || line.startsWith("\tat ")
                        || line.startsWith("Caused by")
                        || line.isBlank());
        assertThat(log)
                .filteredOn(line -> line.contains("genius." + SlowTable.STREAM))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .containsPattern(
                        "WARN .*genius\\.slow_leads: connection lost \\(.+\\); reading again from \\[\"\\d+\"\\] in 1s$");
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aRunThatLostItsConnectionResumesWhereItStopped(WarehouseConfig.Kind kind) throws InterruptedException {
        Warehouse warehouse =
                start(kind, Map.of("TABLES_FILE", SlowTable.overrideFile().toString(), "RETRIES", "0"));
        SlowTable.fill(source, 400);
        StreamKiller killer = new StreamKiller(source, SlowTable.VIEW, 2);
        SyncRequest request =
                SyncRequest.all().withStreams(List.of(SlowTable.STREAM)).withBatchSize(25);

        StreamResult failed =
                stream(new SyncEngine(warehouse).sync(connector, client, request, killer), SlowTable.STREAM);
        assertThat(killer.killed()).isGreaterThan(0);
        StreamResult resumed = stream(sync(warehouse, request), SlowTable.STREAM);

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).contains("reading " + SlowTable.VIEW);
        assertThat(failed.counts().created()).isBetween(50L, 375L);
        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(resumed.counts().processed()).isEqualTo(400 - failed.counts().created());
        assertThat(resumed.counts().created()).isEqualTo(400 - failed.counts().created());
        assertThat(warehouse.dsl().fetchValue("SELECT COUNT(DISTINCT id) FROM genius." + SlowTable.STREAM, Long.class))
                .isEqualTo(400L);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void anIncrementalRunThatLostItsConnectionInsideATimestampTieResumesAtTheNextKey(WarehouseConfig.Kind kind)
            throws InterruptedException {
        Warehouse warehouse = start(
                kind,
                Map.of("TABLES_FILE", SlowTable.overrideFile().toString(), "RETRIES", "0", "LOOKBACK_SECONDS", "0"));
        SlowTable.fill(source, 1);
        SyncRequest request =
                SyncRequest.all().withStreams(List.of(SlowTable.STREAM)).withBatchSize(25);
        sync(warehouse, request);
        SlowTable.insert(source, 2, 301, "2024-07-01 00:00:00");

        StreamKiller killer = new StreamKiller(source, SlowTable.VIEW, 2);
        StreamResult failed =
                stream(new SyncEngine(warehouse).sync(connector, client, request, killer), SlowTable.STREAM);
        assertThat(killer.killed()).isGreaterThan(0);
        StreamResult resumed = stream(sync(warehouse, request), SlowTable.STREAM);

        assertThat(failed.mode()).isEqualTo("incremental");
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.counts().created()).isBetween(25L, 275L);
        assertThat(resumed.mode()).isEqualTo("incremental");
        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(resumed.counts().created()).isEqualTo(300 - failed.counts().created());
        assertThat(resumed.counts().updated() + resumed.counts().unchanged())
                .as("rows read again")
                .isZero();
        assertThat(resumed.cursorAfter()).isEqualTo("2024-07-01T00:00:00Z");
        assertThat(warehouse.dsl().fetchValue("SELECT COUNT(DISTINCT id) FROM genius." + SlowTable.STREAM, Long.class))
                .isEqualTo(301L);
    }
}
