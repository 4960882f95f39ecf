package dev.ingest.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-core test connector: one stream, {@code people}, read from a {@link PeopleSource} in pages.
 * Records without a name are rejected; archived ones carry {@code _deleted_at}. {@link FaultyConnector} adds
 * failures and delays.
 */
public final class PeopleConnector implements Connector {

    public static final String NAME = "people";

    private final PeopleSource source;
    private final boolean withTeam;
    private final AtomicInteger reads = new AtomicInteger();
    private volatile int pageSize = 7;
    private volatile ReadRequest lastRequest;
    private volatile boolean detectDeletions;
    private volatile List<RawRecord> trailer = List.of();

    /** @param withTeam whether the stream declares the {@code team} column, as a later version of a source might */
    public PeopleConnector(PeopleSource source, boolean withTeam) {
        this.source = source;
        this.withTeam = withTeam;
    }

    public PeopleConnector pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    /** Declares the stream as one whose full syncs mark rows the source no longer has. */
    public PeopleConnector detectDeletions() {
        this.detectDeletions = true;
        return this;
    }

    /** Makes incremental reads end with these records in a batch out of cursor order, as archived records listed after a search. */
    public PeopleConnector trailer(List<ObjectNode> records) {
        this.trailer = records.stream().map(RawRecord::of).toList();
        return this;
    }

    public ReadRequest lastRequest() {
        return lastRequest;
    }

    /** How many records readers have served since the last call. */
    public int takeReadCount() {
        return reads.getAndSet(0);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "People from an in-memory source, for tests";
    }

    @Override
    public List<Setting> settings() {
        return List.of();
    }

    @Override
    public List<Stream> streams() {
        List<Column> columns = new ArrayList<>(List.of(
                Column.integer("id"),
                Column.text("name"),
                Column.text("email"),
                Column.decimal("amount"),
                Column.bool("active"),
                Column.date("born"),
                Column.timestamp("updated_at")));
        if (withTeam) {
            columns.add(Column.text("team"));
        }
        Stream people = new Stream("people", "people", List.of("id"), columns, "updated_at", this::process);
        return List.of(detectDeletions ? people.withDeletionDetection() : people);
    }

    @Override
    public Client open(Settings settings) {
        return new Client() {
            @Override
            public void check(Stream stream) {}

            @Override
            public RecordReader read(Stream stream, ReadRequest request) {
                lastRequest = request;
                return new PeopleReader(request);
            }
        };
    }

    private Outcome process(RawRecord record) {
        ObjectNode node = record.data();
        String id = node.path("id").asText();
        if (node.path("name").isNull() || node.path("name").asText().isBlank()) {
            return new Rejection(id, "name: missing");
        }
        List<Object> values = new ArrayList<>(List.of(
                node.get("id").asLong(),
                node.get("name").asText(),
                node.get("email").asText(),
                new BigDecimal(node.get("amount").asText()),
                node.get("active").asBoolean(),
                LocalDate.parse(node.get("born").asText()),
                Instant.parse(node.get("updatedAt").asText())));
        if (withTeam) {
            values.add(node.get("team").asText());
        }
        JsonNode archivedAt = node.get("archivedAt");
        return new Row(values.toArray(), archivedAt == null ? null : Instant.parse(archivedAt.asText()));
    }

    /** Pages through a snapshot: by id in a full window, by (updatedAt, id) in an incremental one; the checkpoint is an index. */
    private final class PeopleReader implements RecordReader {
        private final List<ObjectNode> records;
        private final ReadRequest request;
        private int position;
        private boolean trailerRead;

        PeopleReader(ReadRequest request) {
            this.request = request;
            Comparator<ObjectNode> byId =
                    Comparator.comparingLong(n -> n.get("id").asLong());
            if (request.mode() == SyncMode.FULL) {
                records = source.snapshot(byId);
            } else {
                Instant from = Instant.parse(request.cursor());
                records = new ArrayList<>(source.snapshot(Comparator.<ObjectNode, Instant>comparing(
                                n -> Instant.parse(n.get("updatedAt").asText()))
                        .thenComparing(byId)));
                records.removeIf(n -> Instant.parse(n.get("updatedAt").asText()).isBefore(from));
            }
            position = request.checkpoint() == null ? 0 : Integer.parseInt(request.checkpoint());
        }

        @Override
        public Batch next() {
            if (position >= records.size()) {
                if (request.mode() == SyncMode.INCREMENTAL && !trailer.isEmpty() && !trailerRead) {
                    trailerRead = true;
                    return new Batch(trailer, Integer.toString(position)).outOfCursorOrder();
                }
                return null;
            }
            int end = Math.min(records.size(), position + pageSize);
            List<RawRecord> page = new ArrayList<>();
            for (ObjectNode node : records.subList(position, end)) {
                page.add(RawRecord.of(node));
            }
            reads.addAndGet(page.size());
            position = end;
            return new Batch(page, Integer.toString(position));
        }
    }
}
