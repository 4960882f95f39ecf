package dev.ingest.genius.client;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.genius.streams.TableDefinition;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** A small pool of read-only sessions on the Genius database, and the readers of its tables. */
public final class GeniusClient implements Client {

    private final ConnectionSettings settings;
    private final Map<String, TableDefinition> definitions = new LinkedHashMap<>();
    private final GeniusConnections connections;
    private final Map<String, LongAdder> zeroDates = new ConcurrentHashMap<>();

    public GeniusClient(ConnectionSettings settings, List<TableDefinition> definitions) {
        this.settings = settings;
        definitions.forEach(d -> this.definitions.put(d.name(), d));
        this.connections = new GeniusConnections(settings);
    }

    public List<TableDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** Proves the stream's table and every declared column can be read, by reading one row. */
    @Override
    public void check(Stream stream) {
        TableDefinition definition = definition(stream);
        try {
            connections.use(connection -> {
                TableShape shape = TableShape.of(connection, definition);
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + shape.selectList() + " FROM " + Keyset.quote(definition.table()) + " LIMIT 1")) {
                    statement.setQueryTimeout((int) settings.queryTimeout().toSeconds());
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next();
                    }
                }
            });
        } catch (SQLException e) {
            throw new SourceException(
                    "checking " + definition.table() + " on " + settings.describe() + ": " + ServerError.text(e),
                    ServerError.dropped(e),
                    e);
        }
    }

    @Override
    public RecordReader read(Stream stream, ReadRequest request) {
        TableDefinition definition = definition(stream);
        LongAdder tally = zeroDates.computeIfAbsent(stream.name(), n -> new LongAdder());
        return new ReadAhead(new TableReader(connections, definition, settings, request, tally::add), stream.name());
    }

    /** How many zero dates this client has read (and the processor turned into NULL) for a stream. */
    public long zeroDatesRead(String stream) {
        LongAdder tally = zeroDates.get(stream);
        return tally == null ? 0 : tally.sum();
    }

    private TableDefinition definition(Stream stream) {
        TableDefinition definition = definitions.get(stream.name());
        if (definition == null) {
            throw new SourceException("no table is defined for stream " + stream.name());
        }
        return definition;
    }

    @Override
    public void close() {
        connections.close();
    }
}
