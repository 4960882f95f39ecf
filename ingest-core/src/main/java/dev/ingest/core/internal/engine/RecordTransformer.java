package dev.ingest.core.internal.engine;

import dev.ingest.core.RejectedRecord;
import dev.ingest.core.internal.warehouse.StagedRow;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.RawPolicy;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Stream;
import java.util.ArrayList;
import java.util.List;

/**
 * Transform and validate: runs the stream's processor on each raw record, then checks that the row
 * fits the stream's declaration (one value per column, each of its column's type, a whole key).
 * Anything that does not fit becomes a rejection with its reason, its whole record kept; nothing is dropped silently.
 * A row keeps in {@code _raw} what {@code raw} says: the whole record, or what the processor says its columns do not
 * hold.
 */
final class RecordTransformer {

    private final Stream stream;
    private final RawPolicy raw;
    private final int cursorIndex;
    private final int[] keyIndexes;

    RecordTransformer(Stream stream, RawPolicy raw) {
        this.stream = stream;
        this.raw = raw;
        this.cursorIndex = stream.cursorField() == null ? -1 : stream.columnIndex(stream.cursorField());
        this.keyIndexes =
                stream.primaryKey().stream().mapToInt(stream::columnIndex).toArray();
    }

    /**
     * Transforms one page of records into the batch being built.
     *
     * @param movesCursor whether the records' cursor values may advance the stream's cursor
     */
    void transform(List<RawRecord> records, boolean movesCursor, BatchBuilder into) {
        for (RawRecord record : records) {
            transform(record, movesCursor, into);
        }
    }

    /**
     * One record, a call of its own: the JIT compiles a record's work once, as this method. Inside the page's loop it
     * was compiled twice, replacing the running loop and then as the whole method, each time with all it calls.
     */
    private void transform(RawRecord record, boolean movesCursor, BatchBuilder into) {
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
            String unmapped = stream.processor().unmapped(record, row);
            into.add(StagedRow.keeping(
                    row.values(), raw == RawPolicy.ALL ? record.json() : unmapped, unmapped, row.deletedAt()));
            if (movesCursor && cursorIndex >= 0 && row.values()[cursorIndex] != null) {
                into.cursorSeen(row.values()[cursorIndex]);
            }
        } else if (outcome instanceof Rejection rejection) {
            String payload = record.originalText() != null ? record.originalText() : record.json();
            into.reject(new RejectedRecord(
                    rejection.sourceId(), record.location(), withoutNul(rejection.reason()), withoutNul(payload)));
        }
    }

    /** The rows and rejects of the pages gathered so far into one batch. */
    static final class BatchBuilder {
        /** Chars of text (raw JSON, string values, rejected records) after which a batch ends, so that large records cannot fill the heap. */
        static final long MAX_TEXT_CHARS = 16L << 20;

        private List<StagedRow> rows = new ArrayList<>();
        private long textChars;
        private List<RejectedRecord> rejects = new ArrayList<>();
        private Comparable<Object> maxCursor;

        int size() {
            return rows.size() + rejects.size();
        }

        boolean isFull(int batchSize) {
            return size() >= batchSize || textChars >= MAX_TEXT_CHARS;
        }

        private void add(StagedRow row) {
            rows.add(row);
            long chars = row.raw() == null ? 0 : row.raw().length();
            // Values count too: a source may keep in _raw only what its columns do not hold.
            for (Object value : row.values()) {
                if (value instanceof String text) {
                    chars += text.length();
                }
            }
            textChars += chars;
        }

        private void reject(RejectedRecord reject) {
            rejects.add(reject);
            textChars += reject.payload() == null ? 0 : reject.payload().length();
        }

        @SuppressWarnings("unchecked")
        private void cursorSeen(Object cursor) {
            Comparable<Object> value = (Comparable<Object>) cursor;
            if (maxCursor == null || value.compareTo(maxCursor) > 0) {
                maxCursor = value;
            }
        }

        /** The batch gathered so far, ending at {@code checkpoint}; the builder starts empty again. */
        ProcessedBatch build(String checkpoint) {
            ProcessedBatch batch = new ProcessedBatch(rows, rejects, checkpoint, maxCursor);
            rows = new ArrayList<>();
            rejects = new ArrayList<>();
            maxCursor = null;
            textChars = 0;
            return batch;
        }
    }

    private String validate(Row row) {
        Object[] values = row.values();
        List<Column> columns = stream.columns();
        if (values == null || values.length != columns.size()) {
            return "the processor made " + (values == null ? 0 : values.length) + " values for " + columns.size()
                    + " columns";
        }
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            if (!column.type().accepts(values[i])) {
                return column.name() + ": expected " + column.type() + ", got "
                        + values[i].getClass().getSimpleName() + " '" + values[i] + "'";
            }
            // PostgreSQL refuses it in text and DuckDB's loaders cut the value there: rejected alike on every
            // warehouse.
            if (values[i] instanceof String text && text.indexOf('\0') >= 0) {
                return column.name() + ": contains a NUL character (U+0000), which a warehouse cannot keep in text";
            }
        }
        for (int index : keyIndexes) {
            if (values[index] == null) {
                return "key column " + columns.get(index).name() + " is empty";
            }
        }
        return null;
    }

    /** Text a warehouse can store: a NUL written as JSON writes it, so a rejected record keeps what it held. */
    private static String withoutNul(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "\\u0000");
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
