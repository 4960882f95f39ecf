package dev.ingest.core.internal.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.internal.ConnectorRegistry;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.SyncMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleClientTest {

    private static final Comparator<ObjectNode> UPDATE_ORDER = Comparator.comparing(
                    (ObjectNode n) -> n.get("updatedAt").asText())
            .thenComparingLong(n -> n.get("id").asLong());

    @Test
    void theSameSettingsGiveIdenticalRecordsAndAnotherSeedDifferentOnes() {
        for (SampleTable table : SampleTable.values()) {
            List<ObjectNode> first = readFull(client(500, 42, 2), table, 100);
            assertThat(readFull(client(500, 42, 2), table, 77)).isEqualTo(first);
            List<ObjectNode> otherSeed = readFull(client(500, 7, 2), table, 100);
            assertThat(otherSeed).hasSameSizeAs(first).isNotEqualTo(first);
        }
    }

    @Test
    void streamsAreSizedFromTheCount() {
        SampleData data = new SampleData(new SampleSettings(1_005, 42, 0));
        assertThat(data.size(SampleTable.COMPANIES)).isEqualTo(101);
        assertThat(data.size(SampleTable.CONTACTS)).isEqualTo(1_005);
        assertThat(data.size(SampleTable.DEALS)).isEqualTo(502);
        assertThat(new SampleData(new SampleSettings(1, 42, 0)).size(SampleTable.COMPANIES))
                .isEqualTo(1);
    }

    @Test
    void aFullReadReturnsEveryContactInIdOrderAcrossBatches() {
        List<List<ObjectNode>> batches = new ArrayList<>();
        try (RecordReader reader = client(1_000, 42, 0)
                .read(SampleTable.CONTACTS.stream(), new ReadRequest(SyncMode.FULL, null, null, 37))) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                assertThat(batch.records()).hasSizeLessThanOrEqualTo(37);
                assertThat(batch.checkpoint()).isNotNull();
                batches.add(nodes(batch));
            }
        }
        assertThat(batches).hasSize(28);
        assertThat(batches.stream().flatMap(List::stream).map(n -> n.get("id").asLong()))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 1_000).boxed().toList());
    }

    @ParameterizedTest
    @EnumSource(SyncMode.class)
    void aCheckpointResumesRightAfterTheLastRecordWithNoGapOrDuplicate(SyncMode mode) {
        Client client = client(1_000, 42, 3);
        String cursor = mode == SyncMode.INCREMENTAL ? "2024-06-01T00:00:00Z" : null;
        List<ObjectNode> whole = read(client, SampleTable.CONTACTS, new ReadRequest(mode, cursor, null, 50));
        for (int stopAfter : new int[] {1, 3, 7}) {
            List<ObjectNode> resumed = new ArrayList<>();
            String checkpoint;
            try (RecordReader reader =
                    client.read(SampleTable.CONTACTS.stream(), new ReadRequest(mode, cursor, null, 50))) {
                Batch batch = null;
                for (int i = 0; i < stopAfter; i++) {
                    batch = reader.next();
                    resumed.addAll(nodes(batch));
                }
                checkpoint = batch.checkpoint();
            }
            resumed.addAll(read(client, SampleTable.CONTACTS, new ReadRequest(mode, cursor, checkpoint, 50)));
            assertThat(resumed).containsExactlyElementsOf(whole);
        }
    }

    @ParameterizedTest
    @EnumSource(SampleTable.class)
    void roundOneFromRoundZerosLatestUpdateReturnsOnlyTheChangedAndNewRecordsInUpdateOrder(SampleTable table) {
        List<ObjectNode> before = readFull(client(10_000, 42, 0), table, 1_000);
        List<ObjectNode> after = readFull(client(10_000, 42, 1), table, 1_000);
        String cursor = Instant.parse(before.stream()
                        .map(n -> n.get("updatedAt").asText())
                        .max(String::compareTo)
                        .orElseThrow())
                .toString();

        Set<Long> changed = new HashSet<>();
        for (int i = 0; i < before.size(); i++) {
            if (!after.get(i).equals(before.get(i))) {
                changed.add(after.get(i).get("id").asLong());
            }
        }
        Set<Long> created = after.subList(before.size(), after.size()).stream()
                .map(n -> n.get("id").asLong())
                .collect(Collectors.toSet());
        Set<Long> atTheCursor = before.stream()
                .filter(n -> Instant.parse(n.get("updatedAt").asText()).equals(Instant.parse(cursor)))
                .map(n -> n.get("id").asLong())
                .collect(Collectors.toSet());

        List<ObjectNode> incremental =
                read(client(10_000, 42, 1), table, new ReadRequest(SyncMode.INCREMENTAL, cursor, null, 100));

        long initial = table.initialCount(10_000);
        assertThat(changed.size()).isBetween((int) (initial / 100), (int) (initial * 3 / 100));
        assertThat(created).hasSize((int) Math.max(1, initial / 100));
        Set<Long> expected = new HashSet<>(changed);
        expected.addAll(created);
        expected.addAll(atTheCursor);
        assertThat(incremental.stream().map(n -> n.get("id").asLong())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(incremental).isSortedAccordingTo(UPDATE_ORDER);
        for (ObjectNode node : incremental) {
            if (changed.contains(node.get("id").asLong())) {
                ObjectNode old = before.get(node.get("id").asInt() - 1);
                assertThat(node.get("updatedAt").asText())
                        .isGreaterThan(old.get("updatedAt").asText());
                assertThat(node.get("createdAt")).isEqualTo(old.get("createdAt"));
            }
        }
    }

    @Test
    void eachRoundChangesOtherRecordsThanTheRoundBefore() {
        Set<Long> previous = new HashSet<>();
        List<ObjectNode> before = readFull(client(5_000, 42, 0), SampleTable.CONTACTS, 1_000);
        for (int round = 1; round <= 4; round++) {
            List<ObjectNode> after = readFull(client(5_000, 42, round), SampleTable.CONTACTS, 1_000);
            Set<Long> changed = new HashSet<>();
            for (int i = 0; i < before.size(); i++) {
                if (!after.get(i).equals(before.get(i))) {
                    changed.add((long) i + 1);
                }
            }
            assertThat(changed).isNotEmpty().noneMatch(previous::contains);
            String latestBefore = before.stream()
                    .map(n -> n.get("updatedAt").asText())
                    .max(String::compareTo)
                    .orElseThrow();
            assertThat(changed)
                    .allMatch(id ->
                            after.get((int) (id - 1)).get("updatedAt").asText().compareTo(latestBefore) > 0);
            previous = changed;
            before = after;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 50, 51, 120})
    void anIncrementalReadIsTheFullReadFromTheCursorOnInUpdateOrder(int round) {
        Client client = client(700, 9, round);
        for (SampleTable table : SampleTable.values()) {
            List<ObjectNode> full = readFull(client, table, 1_000);
            List<String> cursors = new ArrayList<>(List.of(
                    "2020-01-01T00:00:00Z",
                    "2024-07-01T12:00:00Z",
                    "2024-12-31T00:00:00.000000001Z",
                    "2025-01-01T00:00:00Z",
                    "2026-06-01T00:00:00Z"));
            for (int i = 0; i < full.size(); i += 97) {
                cursors.add(Instant.parse(full.get(i).get("updatedAt").asText()).toString());
            }
            for (String cursor : cursors) {
                Instant from = Instant.parse(cursor);
                List<ObjectNode> expected = full.stream()
                        .filter(n -> !Instant.parse(n.get("updatedAt").asText()).isBefore(from))
                        .sorted(UPDATE_ORDER)
                        .toList();
                assertThat(read(client, table, new ReadRequest(SyncMode.INCREMENTAL, cursor, null, 64)))
                        .as("%s from %s in round %d", table, cursor, round)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SampleTable.class)
    void theProcessorMakesRowsOfTheColumnTypes(SampleTable table) {
        for (ObjectNode node : readFull(client(300, 42, 2), table, 100)) {
            Outcome outcome = table.stream().processor().process(RawRecord.of(node));
            assertThat(outcome).isInstanceOf(Row.class);
            Object[] values = ((Row) outcome).values();
            List<Column> columns = table.stream().columns();
            assertThat(values).hasSize(columns.size());
            for (int i = 0; i < values.length; i++) {
                assertThat(values[i]).as(columns.get(i).name()).isNotNull();
                assertThat(columns.get(i).type().accepts(values[i]))
                        .as(columns.get(i).name())
                        .isTrue();
            }
            assertThat(values[0]).isEqualTo(node.get("id").asLong());
        }
    }

    @Test
    void theProcessorRejectsBadRecordsWithTheColumnAndWhy() {
        ObjectNode good = new SampleData(new SampleSettings(10, 42, 0)).record(SampleTable.CONTACTS, 3);
        var process = SampleTable.CONTACTS.stream().processor();

        assertThat(process.process(RawRecord.of(good.deepCopy().put("updatedAt", "yesterday"))))
                .isEqualTo(new Rejection(
                        "4", "updated_at: \"yesterday\" is not an ISO-8601 timestamp or epoch milliseconds"));
        assertThat(process.process(RawRecord.of(good.deepCopy().put("companyId", "twelve"))))
                .isEqualTo(new Rejection("4", "company_id: \"twelve\" is not a whole number"));
        assertThat(process.process(RawRecord.of(good.deepCopy().put("lifetimeValue", "12,50"))))
                .isEqualTo(new Rejection("4", "lifetime_value: \"12,50\" is not a decimal number"));
        assertThat(process.process(RawRecord.of(good.deepCopy().put("birthDate", "1990-02-30"))))
                .isEqualTo(new Rejection("4", "birth_date: \"1990-02-30\" is not an ISO-8601 date"));
        assertThat(process.process(RawRecord.of(good.deepCopy().put("isCustomer", "yes"))))
                .isEqualTo(new Rejection("4", "is_customer: \"yes\" is not true or false"));
        ObjectNode noId = good.deepCopy();
        noId.remove("id");
        assertThat(process.process(RawRecord.of(noId))).isEqualTo(new Rejection(null, "id: missing"));
        assertThat(process.process(RawRecord.of(null))).isEqualTo(new Rejection(null, "the record has no data"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "-5", "0", "100000001", "1.5"})
    void aBadCountIsAConfigErrorNamingTheSetting(String count) {
        SampleConnector connector = new SampleConnector();
        assertThatThrownBy(() ->
                        connector.open(Settings.fromShortNames("sample", connector.settings(), Map.of("COUNT", count))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SAMPLE_COUNT")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theConnectorIsFoundOnTheClassPathWithItsStreamsParentsFirst() {
        var connector = ConnectorRegistry.load().get("sample");
        assertThat(connector.streams()).extracting(s -> s.name()).containsExactly("companies", "contacts", "deals");
        assertThat(connector.streams()).allMatch(s -> "updated_at".equals(s.cursorField()));
        try (Client client = connector.open(Settings.fromShortNames("sample", connector.settings(), Map.of()))) {
            connector.streams().forEach(client::check);
            assertThat(((SampleClient) client).data().settings()).isEqualTo(new SampleSettings(1_000, 42, 0));
        }
    }

    @Test
    void contactsReferToCompaniesAndDealsToContactsThatExist() {
        SampleData data = new SampleData(new SampleSettings(2_000, 42, 5));
        Map<SampleTable, Long> initial = new HashMap<>();
        for (SampleTable table : SampleTable.values()) {
            initial.put(table, table.initialCount(2_000));
        }
        for (long i = 0; i < data.size(SampleTable.CONTACTS); i++) {
            assertThat(data.record(SampleTable.CONTACTS, i).get("companyId").asLong())
                    .isBetween(1L, initial.get(SampleTable.COMPANIES));
        }
        for (long i = 0; i < data.size(SampleTable.DEALS); i++) {
            ObjectNode deal = data.record(SampleTable.DEALS, i);
            long contact = deal.get("contactId").asLong();
            assertThat(contact).isBetween(1L, initial.get(SampleTable.CONTACTS));
            assertThat(deal.get("companyId"))
                    .isEqualTo(data.record(SampleTable.CONTACTS, contact - 1).get("companyId"));
        }
    }

    static SampleClient client(int count, long seed, int round) {
        return new SampleClient(new SampleData(new SampleSettings(count, seed, round)));
    }

    static List<ObjectNode> readFull(Client client, SampleTable table, int batchSize) {
        return read(client, table, new ReadRequest(SyncMode.FULL, null, null, batchSize));
    }

    static List<ObjectNode> read(Client client, SampleTable table, ReadRequest request) {
        List<ObjectNode> nodes = new ArrayList<>();
        try (RecordReader reader = client.read(table.stream(), request)) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                nodes.addAll(nodes(batch));
            }
        }
        return nodes;
    }

    private static List<ObjectNode> nodes(Batch batch) {
        return batch.records().stream().map(RawRecord::data).toList();
    }
}
