package dev.ingest.genius.client;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.genius.streams.TableDefinition;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one table a page at a time by keyset: by primary key in a full window, by (cursor, key) from the
 * window's start minus the look-back in an incremental one. Each page is one query whose rows stream from
 * the server, so memory holds one page whatever the table's size. A dropped connection is retried on a new
 * one from the last position handed out, so no row is skipped or given twice.
 */
final class TableReader implements RecordReader {

    private static final Logger log = LoggerFactory.getLogger(TableReader.class);
    private static final DateTimeFormatter MYSQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final GeniusConnections connections;
    private final TableDefinition definition;
    private final ConnectionSettings settings;
    private final int pageSize;
    private final Keyset keyset;
    private final List<ColumnType> keysetTypes = new ArrayList<>();
    private final String lowerBound;
    private final LongConsumer zeroDateSink;
    private TableShape shape;
    private List<String> position;
    private boolean exhausted;
    private long zeroDates;

    TableReader(
            GeniusConnections connections,
            TableDefinition definition,
            ConnectionSettings settings,
            ReadRequest request,
            LongConsumer zeroDateSink) {
        this.connections = connections;
        this.definition = definition;
        this.settings = settings;
        this.pageSize = request.pageSize();
        this.zeroDateSink = zeroDateSink;
        List<String> columns = new ArrayList<>();
        if (request.mode() == SyncMode.INCREMENTAL) {
            columns.add(definition.cursor());
            Instant from = Instant.parse(request.cursor()).minus(settings.lookBack());
            lowerBound = MYSQL_DATETIME.format(from.atZone(settings.zone()).toLocalDateTime());
        } else {
            lowerBound = null;
        }
        columns.addAll(definition.key());
        columns.forEach(c -> keysetTypes.add(definition.column(c).column().type()));
        this.keyset = new Keyset(
                definition.table(),
                columns.stream().map(c -> definition.column(c).source()).toList());
        this.position = request.checkpoint() == null ? null : keyset.decode(request.checkpoint());
    }

    @Override
    public Batch next() {
        if (exhausted) {
            return null;
        }
        for (int attempt = 0; ; attempt++) {
            try {
                return page();
            } catch (SQLException e) {
                boolean dropped = ServerError.dropped(e);
                if (!dropped || attempt >= settings.retries()) {
                    throw new SourceException(
                            "reading " + definition.table() + " from " + settings.describe() + ": "
                                    + ServerError.text(e) + (dropped ? " (after " + attempt + " retries)" : ""),
                            dropped,
                            e);
                }
                Duration wait = Duration.ofSeconds(1L << Math.min(attempt, 5));
                log.warn(
                        "genius.{}: connection lost ({}); reading again from {} in {}s",
                        definition.name(),
                        ServerError.text(e),
                        position == null ? "the start" : keyset.encode(position),
                        Math.min(wait.toSeconds(), MAX_BACKOFF.toSeconds()));
                sleep(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
            }
        }
    }

    private Batch page() throws SQLException {
        return connections.use(this::page);
    }

    private Batch page(Connection connection) throws SQLException {
        if (shape == null) {
            shape = TableShape.of(connection, definition);
        }
        try (PreparedStatement statement =
                connection.prepareStatement(sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            // Integer.MIN_VALUE makes the driver stream rows as they arrive instead of buffering the result.
            statement.setFetchSize(Integer.MIN_VALUE);
            statement.setQueryTimeout((int) settings.queryTimeout().toSeconds());
            bind(statement);
            List<RawRecord> records = new ArrayList<>(pageSize);
            TableShape.Tally tally = new TableShape.Tally();
            List<String> last = position;
            int[] keysetIndexes = keysetIndexes();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ObjectNode row = JsonNodeFactory.instance.objectNode();
                    for (int i = 0; i < shape.size(); i++) {
                        row.set(shape.sourceNames().get(i), shape.decoder(i).read(rs, i + 1, tally));
                    }
                    records.add(RawRecord.of(row));
                    last = positionOf(rs, keysetIndexes);
                }
            }
            if (records.size() < pageSize) {
                exhausted = true;
            }
            if (records.isEmpty()) {
                return null;
            }
            position = last;
            zeroDates += tally.zeroDates;
            zeroDateSink.accept(tally.zeroDates);
            return new Batch(records, keyset.encode(position));
        }
    }

    private String sql() {
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(shape.selectList())
                .append(" FROM ")
                .append(Keyset.quote(definition.table()));
        List<String> conditions = new ArrayList<>();
        if (lowerBound != null) {
            conditions.add(keyset.column(0) + " >= ?");
        }
        if (position != null) {
            conditions.add(keyset.after());
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        return sql.append(" ORDER BY ")
                .append(keyset.orderBy())
                .append(" LIMIT ")
                .append(pageSize)
                .toString();
    }

    private void bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        if (lowerBound != null) {
            statement.setString(index++, lowerBound);
        }
        if (position != null) {
            // In the order of Keyset.after(): for each column, the position up to and including it.
            for (int i = 0; i < position.size(); i++) {
                for (int j = 0; j <= i; j++) {
                    ColumnType type = keysetTypes.get(j);
                    // Numbers bind as numbers: a string compared with an unsigned BIGINT goes through a double.
                    if (type == ColumnType.INTEGER || type == ColumnType.DECIMAL) {
                        statement.setBigDecimal(index++, new BigDecimal(position.get(j)));
                    } else {
                        statement.setString(index++, position.get(j));
                    }
                }
            }
        }
    }

    private int[] keysetIndexes() {
        return keyset.columns().stream()
                .mapToInt(c -> shape.sourceNames().indexOf(c) + 1)
                .toArray();
    }

    private static List<String> positionOf(ResultSet rs, int[] indexes) throws SQLException {
        List<String> values = new ArrayList<>(indexes.length);
        for (int index : indexes) {
            values.add(rs.getString(index));
        }
        return values;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while waiting to reconnect");
        }
    }

    /** Reports the zero dates read; the engine may close a reader twice, so they are reported once. */
    @Override
    public void close() {
        if (zeroDates > 0) {
            log.warn("genius.{}: {} zero dates ('0000-00-00') loaded as NULL", definition.name(), zeroDates);
            zeroDates = 0;
        }
    }
}
