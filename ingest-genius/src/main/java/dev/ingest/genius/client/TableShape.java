package dev.ingest.genius.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ingest.core.spi.SourceException;
import dev.ingest.genius.streams.MysqlDates;
import dev.ingest.genius.streams.SourceText;
import dev.ingest.genius.streams.TableDefinition;
import dev.ingest.genius.streams.TableDefinition.SourceColumn;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to select and decode each column of a source table, from the server's own column types: temporal
 * columns come as text so zero dates survive the driver (a fraction without its trailing zeros), latin1 text as its stored bytes so they can be
 * repaired, unsigned BIGINT as an exact integer.
 */
final class TableShape {

    private static final Set<String> TEMPORAL = Set.of("date", "datetime", "timestamp");
    private static final Set<String> WHOLE = Set.of("tinyint", "smallint", "mediumint", "int", "bigint", "year", "bit");
    private static final Set<String> EXACT = Set.of("decimal", "numeric");
    private static final Set<String> FLOATING = Set.of("float", "double", "real");
    private static final Set<String> BINARY =
            Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");

    /** Reads one selected column of the current row. */
    @FunctionalInterface
    interface Decoder {
        JsonNode read(ResultSet rs, int index, Tally tally) throws SQLException;
    }

    /** Zero dates seen while decoding. */
    static final class Tally {
        long zeroDates;
    }

    private final List<String> sourceNames;
    private final List<String> selectExpressions;
    private final List<Decoder> decoders;

    private TableShape(List<String> sourceNames, List<String> selectExpressions, List<Decoder> decoders) {
        this.sourceNames = sourceNames;
        this.selectExpressions = selectExpressions;
        this.decoders = decoders;
    }

    /** Reads the table's column types; a missing table or column is named in a non-retryable error. */
    static TableShape of(Connection connection, TableDefinition definition) throws SQLException {
        Map<String, String[]> types = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, CHARACTER_SET_NAME FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")) {
            statement.setString(1, definition.table());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1).toLowerCase(Locale.ROOT), new String[] {
                        rs.getString(2).toLowerCase(Locale.ROOT),
                        rs.getString(3).toLowerCase(Locale.ROOT),
                        rs.getString(4)
                    });
                }
            }
        }
        if (types.isEmpty()) {
            throw new SourceException("stream " + definition.name() + ": table " + definition.table()
                    + " does not exist or cannot be read" + " (defined in " + definition.origin() + ")");
        }
        List<String> names = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        List<Decoder> decoders = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (SourceColumn column : definition.columns()) {
            String[] type = types.get(column.source().toLowerCase(Locale.ROOT));
            if (type == null) {
                missing.add(column.source());
                continue;
            }
            String quoted = Keyset.quote(column.source());
            names.add(column.source());
            if (TEMPORAL.contains(type[0])) {
                expressions.add("CAST(" + quoted + " AS CHAR)");
                decoders.add(TableShape::temporal);
            } else if ("latin1".equalsIgnoreCase(type[2])) {
                expressions.add("CAST(" + quoted + " AS BINARY)");
                decoders.add(TableShape::latin1);
            } else {
                expressions.add(quoted);
                decoders.add(decoder(type[0], type[1]));
            }
        }
        if (!missing.isEmpty()) {
            throw new SourceException(
                    "stream " + definition.name() + ": table " + definition.table() + " has no column "
                            + String.join(", ", missing) + "; its columns: "
                            + String.join(", ", new java.util.TreeSet<>(types.keySet()))
                            + " (defined in " + definition.origin() + ")");
        }
        return new TableShape(List.copyOf(names), List.copyOf(expressions), List.copyOf(decoders));
    }

    private static Decoder decoder(String dataType, String columnType) {
        if (WHOLE.contains(dataType)) {
            return dataType.equals("bigint") && columnType.contains("unsigned")
                    ? TableShape::unsignedBig
                    : TableShape::whole;
        }
        if (EXACT.contains(dataType)) {
            return (rs, i, t) -> {
                java.math.BigDecimal value = rs.getBigDecimal(i);
                return value == null ? NullNode.instance : DecimalNode.valueOf(value);
            };
        }
        if (FLOATING.contains(dataType)) {
            return (rs, i, t) -> {
                double value = rs.getDouble(i);
                return rs.wasNull() ? NullNode.instance : DoubleNode.valueOf(value);
            };
        }
        if (BINARY.contains(dataType)) {
            return (rs, i, t) -> {
                byte[] bytes = rs.getBytes(i);
                return bytes == null ? NullNode.instance : BinaryNode.valueOf(bytes);
            };
        }
        return (rs, i, t) -> {
            String text = rs.getString(i);
            return text == null ? NullNode.instance : TextNode.valueOf(text);
        };
    }

    private static JsonNode whole(ResultSet rs, int index, Tally tally) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? NullNode.instance : LongNode.valueOf(value);
    }

    private static JsonNode unsignedBig(ResultSet rs, int index, Tally tally) throws SQLException {
        String text = rs.getString(index);
        if (text == null) {
            return NullNode.instance;
        }
        return text.length() < 19
                ? LongNode.valueOf(Long.parseLong(text))
                : BigIntegerNode.valueOf(new BigInteger(text));
    }

    private static JsonNode temporal(ResultSet rs, int index, Tally tally) throws SQLException {
        String text = rs.getString(index);
        if (text == null) {
            return NullNode.instance;
        }
        if (MysqlDates.isZero(text)) {
            tally.zeroDates++;
        }
        // DATETIME(6) gives 09:30:00.000000: the same time as 09:30:00, the form a timestamp column renders back.
        return TextNode.valueOf(MysqlDates.trimmed(text));
    }

    /** Undecodable bytes stay bytes, so the processor can reject the row naming them and nothing is lost. */
    private static JsonNode latin1(ResultSet rs, int index, Tally tally) throws SQLException {
        byte[] bytes = rs.getBytes(index);
        if (bytes == null) {
            return NullNode.instance;
        }
        String text = SourceText.decode(bytes);
        return text == null ? BinaryNode.valueOf(bytes) : TextNode.valueOf(text);
    }

    List<String> sourceNames() {
        return sourceNames;
    }

    String selectList() {
        List<String> aliased = new ArrayList<>();
        for (int i = 0; i < selectExpressions.size(); i++) {
            aliased.add(selectExpressions.get(i) + " AS " + Keyset.quote(sourceNames.get(i)));
        }
        return String.join(", ", aliased);
    }

    Decoder decoder(int column) {
        return decoders.get(column);
    }

    int size() {
        return decoders.size();
    }
}
