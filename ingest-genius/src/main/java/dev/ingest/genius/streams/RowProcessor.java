package dev.ingest.genius.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.Processor;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.genius.streams.TableDefinition.SourceColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Turns a database row, as the reader gave it (JSON keyed by source column), into the stream's typed row.
 * Zero dates become NULL; text whose bytes the reader could not decode is rejected with the offending
 * bytes; a soft-delete flag sets the row's {@code _deleted_at}.
 */
public final class RowProcessor implements Processor {

    private final TableDefinition definition;
    private final ZoneId zone;
    private final List<SourceColumn> columns;
    private final int cursorIndex;
    private final int softDeleteIndex;
    private final int[] keyIndexes;

    public RowProcessor(TableDefinition definition, ZoneId zone) {
        this.definition = definition;
        this.zone = zone;
        this.columns = definition.columns();
        this.cursorIndex = definition.cursor() == null ? -1 : columns.indexOf(definition.column(definition.cursor()));
        this.softDeleteIndex =
                definition.softDelete() == null ? -1 : columns.indexOf(definition.column(definition.softDelete()));
        this.keyIndexes = definition.key().stream()
                .mapToInt(k -> columns.indexOf(definition.column(k)))
                .toArray();
    }

    @Override
    public Outcome process(RawRecord record) {
        ObjectNode data = record.data();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            SourceColumn column = columns.get(i);
            JsonNode node = data.get(column.source());
            try {
                values[i] = node == null || node.isNull()
                        ? null
                        : convert(node, column.column().type());
            } catch (RuntimeException e) {
                return new Rejection(sourceId(data), column.column().name() + ": " + e.getMessage());
            }
        }
        return new Row(values, deletedAt(values));
    }

    private Object convert(JsonNode node, ColumnType type) {
        if (node.isBinary()) {
            throw new IllegalArgumentException(SourceText.describeUndecodable(binary(node)));
        }
        return switch (type) {
            case TEXT, JSON -> text(node);
            case INTEGER -> {
                if (node.isIntegralNumber() && !node.canConvertToLong()) {
                    throw new IllegalArgumentException(
                            node.asText() + " does not fit a 64-bit integer; declare the column decimal");
                }
                yield node.isNumber() ? node.longValue() : Long.parseLong(node.asText());
            }
            case DECIMAL -> node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
            case BOOLEAN ->
                node.isNumber()
                        ? node.intValue() != 0
                        : Boolean.valueOf(
                                node.asText().equals("1") || node.asText().equalsIgnoreCase("true"));
            case DATE -> MysqlDates.isZero(node.asText()) ? null : MysqlDates.date(node.asText());
            case TIMESTAMP -> MysqlDates.isZero(node.asText()) ? null : MysqlDates.instant(node.asText(), zone);
        };
    }

    private static String text(JsonNode node) {
        String text = node.asText();
        if (text.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("contains a NUL character at position " + text.indexOf('\u0000')
                    + ", which a warehouse text column cannot hold");
        }
        return text;
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A flagged row was deleted by the change that set the flag, so at its modification time. */
    private Instant deletedAt(Object[] values) {
        if (softDeleteIndex < 0 || values[softDeleteIndex] == null) {
            return null;
        }
        Object flag = values[softDeleteIndex];
        if (flag instanceof Instant at) {
            return at;
        }
        if (!Boolean.TRUE.equals(flag)) {
            return null;
        }
        // A flagged row without a modification time still has to be marked; the epoch says "time unknown".
        return cursorIndex >= 0 && values[cursorIndex] != null ? (Instant) values[cursorIndex] : Instant.EPOCH;
    }

    private String sourceId(ObjectNode data) {
        StringBuilder id = new StringBuilder();
        for (int index : keyIndexes) {
            id.append(id.isEmpty() ? "" : "/")
                    .append(data.path(columns.get(index).source()).asText());
        }
        return id.toString();
    }
}
