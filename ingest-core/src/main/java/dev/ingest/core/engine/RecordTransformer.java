package dev.ingest.core.engine;

import dev.ingest.core.history.RejectedRecord;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.warehouse.StagedRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Transform and validate: runs the stream's processor on each raw record, then checks that the row
 * fits the stream's declaration (one value per column, each of its column's type, a whole key).
 * Anything that does not fit becomes a rejection with its reason; nothing is dropped silently.
 */
final class RecordTransformer {

    private final Stream stream;
    private final int cursorIndex;
    private final int[] keyIndexes;

    RecordTransformer(Stream stream) {
        this.stream = stream;
        this.cursorIndex = stream.cursorField() == null ? -1 : stream.columnIndex(stream.cursorField());
        this.keyIndexes = stream.primaryKey().stream().mapToInt(stream::columnIndex).toArray();
    }

    /** @param movesCursor whether the records' cursor values may advance the stream's cursor */
    ProcessedBatch transform(List<RawRecord> records, String checkpoint, boolean movesCursor) {
        List<StagedRow> rows = new ArrayList<>(records.size());
        List<RejectedRecord> rejects = new ArrayList<>();
        Comparable<Object> maxCursor = null;
        for (RawRecord record : records) {
            Outcome outcome;
            try {
                outcome = stream.processor().process(record);
            } catch (RuntimeException e) {
                outcome = new Rejection(null, "processor failed: " + e);
            }
            if (outcome instanceof Row row) {
                String problem = validate(row);
                if (problem != null) {
                    outcome = new Rejection(keyText(row), problem);
                }
            }
            if (outcome instanceof Row row) {
                rows.add(new StagedRow(row.values(), record.data().toString(), row.deletedAt()));
                if (movesCursor && cursorIndex >= 0 && row.values()[cursorIndex] != null) {
                    @SuppressWarnings("unchecked")
                    Comparable<Object> value = (Comparable<Object>) row.values()[cursorIndex];
                    if (maxCursor == null || value.compareTo(maxCursor) > 0) {
                        maxCursor = value;
                    }
                }
            } else if (outcome instanceof Rejection rejection) {
                rejects.add(new RejectedRecord(rejection.sourceId(), record.location(), rejection.reason(),
                        record.originalText() != null ? record.originalText() : record.data().toString()));
            }
        }
        return new ProcessedBatch(rows, rejects, checkpoint, maxCursor);
    }

    private String validate(Row row) {
        Object[] values = row.values();
        List<Column> columns = stream.columns();
        if (values == null || values.length != columns.size()) {
            return "the processor made " + (values == null ? 0 : values.length) + " values for " + columns.size() + " columns";
        }
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            if (!column.type().accepts(values[i])) {
                return column.name() + ": expected " + column.type() + ", got " + values[i].getClass().getSimpleName() + " '" + values[i] + "'";
            }
        }
        for (int index : keyIndexes) {
            if (values[index] == null) {
                return "key column " + columns.get(index).name() + " is empty";
            }
        }
        return null;
    }

    private String keyText(Row row) {
        if (row.values() == null || row.values().length != stream.columns().size()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int index : keyIndexes) {
            key.append(key.isEmpty() ? "" : "/").append(row.values()[index]);
        }
        return key.toString();
    }
}
