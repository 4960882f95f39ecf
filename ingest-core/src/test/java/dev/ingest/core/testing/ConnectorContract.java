package dev.ingest.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ingest.core.RunCounts;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every connector owes the engine, proven against the connector's own fake source: a module's test extends this
 * class and says how to reach its fake. The source's rows are what an uninterrupted full read of the client gives.
 */
public abstract class ConnectorContract {

    protected abstract Connector connector();

    /** Settings that reach the fake source, secrets included. */
    protected abstract Settings settings();

    /**
     * What the fake source holds, or the writes it has been asked for (a WireMock fake's non-GET requests, a
     * database's table checksums, a directory's files), compared before and after {@code check} to prove that
     * {@code check} writes nothing; {@code null}, the default, for a source that takes no writes at all.
     */
    protected Object sourceState() {
        return null;
    }

    /**
     * Whether a record comes back whole from its row's columns and {@code _raw} ({@code Processor.rebuild}): false
     * only for a connector whose columns hold cleaned values rather than the source's own.
     */
    protected boolean rebuildsRecords() {
        return true;
    }

    /** Small, so that every stream of the fake source takes several batches. */
    protected int batchSize() {
        return 3;
    }

    @ParameterizedTest(name = "failing after {0} committed batch(es)")
    @ValueSource(ints = {1, 2})
    void aRunThatDiesAfterAnyCommittedBatchResumesToExactlyTheSourcesRows(int batches) {
        try (WarehouseFixture fixture = WarehouseFixture.create(WarehouseConfig.Kind.DUCKDB);
                Client client = connector().open(settings())) {
            Warehouse warehouse = fixture.warehouse();
            SyncRequest request = SyncRequest.all().withBatchSize(batchSize());
            new SyncEngine(warehouse).sync(connector(), client, request, dieAfter(batches));
            new SyncEngine(warehouse).sync(connector(), client, request, SyncListener.NONE);

            for (Stream stream : connector().discover(client)) {
                assertThat(tableKeys(warehouse, stream))
                        .as(
                                "%s.%s after a run died and the next resumed",
                                connector().name(), stream.name())
                        .isEqualTo(sourceKeys(client, stream, new ReadRequest(SyncMode.FULL, null, null, batchSize())));
            }
        }
    }

    @Test
    void anIncrementalWindowGivesItsRecordsInCursorOrderAndMissesNone() {
        try (Client client = connector().open(settings())) {
            for (Stream stream : connector().discover(client)) {
                if (!stream.incremental()) {
                    continue;
                }
                List<Comparable<Object>> full =
                        cursors(client, stream, new ReadRequest(SyncMode.FULL, null, null, batchSize()), false);
                if (full.isEmpty()) {
                    continue;
                }
                Comparable<Object> lowest =
                        full.stream().min(Comparable::compareTo).orElseThrow();
                ReadRequest window = new ReadRequest(
                        SyncMode.INCREMENTAL,
                        stream.cursorColumn().orElseThrow().type().format(lowest),
                        null,
                        batchSize());

                List<Comparable<Object>> ordered = cursors(client, stream, window, true);
                assertThat(ordered)
                        .as("%s: cursor values of the batches in cursor order", stream.name())
                        .isSorted();
                assertThat(sourceKeys(client, stream, window))
                        .as("%s: an incremental window from the lowest cursor", stream.name())
                        .isEqualTo(sourceKeys(client, stream, new ReadRequest(SyncMode.FULL, null, null, batchSize())));
            }
        }
    }

    @Test
    void checkPassesForEveryStreamWithSettingsThatWorkAndWritesNothing() {
        Settings settings = settings();
        Object before = sourceState();
        try (Client client = connector().open(settings)) {
            connector().discover(client).forEach(client::check);
        }
        assertThat(sourceState()).as("the source after check").isEqualTo(before);
    }

    @Test
    void noSecretSettingsValueAppearsInTheTextOfSettingsClientOrConnector() {
        Settings settings = settings();
        try (Client client = connector().open(settings)) {
            for (Setting setting : connector().settings()) {
                if (setting.secret() && settings.get(setting.name()).isPresent()) {
                    String secret = settings.get(setting.name()).get();
                    assertThat(List.of(
                                    settings.toString(),
                                    client.toString(),
                                    connector().toString()))
                            .as(settings.fullName(setting.name()))
                            .noneMatch(text -> text.contains(secret));
                }
            }
        }
    }

    @Test
    void everyRecordIsRebuiltFromItsColumnsAndWhatRawKeepsOfIt() {
        assumeTrue(rebuildsRecords(), "the connector's columns hold cleaned values");
        try (Client client = connector().open(settings())) {
            for (Stream stream : connector().discover(client)) {
                forEachRecord(
                        client,
                        stream,
                        new ReadRequest(SyncMode.FULL, null, null, batchSize()),
                        (record, row, inOrder) -> {
                            String raw = stream.processor().unmapped(record, row);
                            RebuiltRecords.assertRebuilds(
                                    record.data(),
                                    stream.processor().rebuild(row.values(), raw),
                                    stream.name() + " record rebuilt from its columns and _raw " + raw);
                        });
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(WarehouseConfig.Kind.class)
    void aSyncedRecordIsRebuiltFromTheRowTheWarehouseHolds(WarehouseConfig.Kind kind) {
        assumeTrue(rebuildsRecords(), "the connector's columns hold cleaned values");
        try (WarehouseFixture fixture = WarehouseFixture.create(kind);
                Client client = connector().open(settings())) {
            Warehouse warehouse = fixture.warehouse();
            new SyncEngine(warehouse).sync(connector(), client, SyncRequest.all(), SyncListener.NONE);
            int compared = 0;
            for (Stream stream : connector().discover(client)) {
                if (stream.primaryKey().size() != 1) {
                    continue; // StoredRows reads rows of one-column keys only
                }
                int key = stream.columnIndex(stream.primaryKey().get(0));
                Map<Object, RawRecord> latest = new HashMap<>();
                forEachRecord(
                        client,
                        stream,
                        new ReadRequest(SyncMode.FULL, null, null, batchSize()),
                        (record, row, inOrder) -> latest.put(row.values()[key], record));
                StoredRows stored = warehouse.storedRows(connector().name(), stream);
                for (Map.Entry<Object, RawRecord> entry : latest.entrySet()) {
                    Optional<String> rebuilt = stored.raw(entry.getKey());
                    if (rebuilt.isPresent()) { // a row marked deleted is not live
                        RebuiltRecords.assertRebuilds(
                                entry.getValue().data(),
                                rebuilt.get(),
                                stream.name() + " " + entry.getKey() + " rebuilt from " + kind);
                        compared++;
                    }
                }
            }
            assertThat(compared).as("records rebuilt from their rows").isPositive();
        }
    }

    /** Fails every stream's run once it has committed {@code batches} batches, as a process killed there would stop. */
    private static SyncListener dieAfter(int batches) {
        Map<String, Integer> done = new HashMap<>();
        return new SyncListener() {
            @Override
            public void batchDone(String stream, RunCounts soFar) {
                if (done.merge(stream, 1, Integer::sum) == batches) {
                    throw new IllegalStateException("the process dies after batch " + batches);
                }
            }
        };
    }

    /** The keys of the rows {@code window} gives, as text: what the table must hold after a full sync. */
    private static Set<String> sourceKeys(Client client, Stream stream, ReadRequest window) {
        Set<String> keys = new TreeSet<>();
        forEachRecord(
                client,
                stream,
                window,
                (record, row, inOrder) -> keys.add(keyText(stream.primaryKey().stream()
                        .map(column -> row.values()[stream.columnIndex(column)])
                        .toArray())));
        return keys;
    }

    private static List<Comparable<Object>> cursors(
            Client client, Stream stream, ReadRequest window, boolean inOrderOnly) {
        int cursorIndex = stream.columnIndex(stream.cursorField());
        List<Comparable<Object>> cursors = new ArrayList<>();
        forEachRecord(client, stream, window, (record, row, inOrder) -> {
            @SuppressWarnings("unchecked")
            Comparable<Object> cursor = (Comparable<Object>) row.values()[cursorIndex];
            if (cursor != null && (inOrder || !inOrderOnly)) {
                cursors.add(cursor);
            }
        });
        return cursors;
    }

    private interface RecordVisitor {
        void visit(RawRecord record, Row row, boolean inCursorOrder);
    }

    /** Each record {@code window} gives that the processor makes a row of, with its row. */
    private static void forEachRecord(Client client, Stream stream, ReadRequest window, RecordVisitor visitor) {
        try (RecordReader reader = client.read(stream, window)) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                for (RawRecord record : batch.records()) {
                    if (stream.processor().process(record) instanceof Row row) {
                        visitor.visit(record, row, batch.inCursorOrder());
                    }
                }
            }
        }
    }

    private Set<String> tableKeys(Warehouse warehouse, Stream stream) {
        String columns = stream.primaryKey().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        Set<String> keys = new TreeSet<>();
        for (Record record : warehouse
                .dsl()
                .fetch("SELECT " + columns + " FROM \"" + connector().name() + "\".\"" + stream.table() + "\"")) {
            keys.add(keyText(record.intoArray()));
        }
        return keys;
    }

    private static String keyText(Object[] keyValues) {
        List<String> parts = new ArrayList<>();
        for (Object value : keyValues) {
            // A decimal key comes back from the warehouse with its column's scale, a timestamp key as an offset time.
            parts.add(
                    value instanceof BigDecimal decimal
                            ? decimal.stripTrailingZeros().toPlainString()
                            : value instanceof OffsetDateTime time
                                    ? time.toInstant().toString()
                                    : String.valueOf(value));
        }
        return String.join("/", parts);
    }
}
