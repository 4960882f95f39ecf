package dev.ingest.csv.processing;

import dev.ingest.core.spi.Outcome;
import dev.ingest.core.spi.Processor;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.csv.cleaning.Cleaners;
import dev.ingest.csv.cleaning.InvalidValue;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.input.CsvRow;
import dev.ingest.csv.mapping.HeaderMapping;
import dev.ingest.csv.profile.Profile;
import dev.ingest.csv.profile.ProfileColumn;
import java.util.List;

/**
 * Cleans one CSV row into a profile's columns: trims, turns empty strings into NULL, cleans each value
 * by its type and rejects the row naming every value that does not fit.
 */
public final class ProfileProcessor implements Processor {

    /** A target column, the index of its header in the row (-1 for none) and how it is cleaned. */
    private record Slot(String column, int field, boolean required, ValueCleaner cleaner) {}

    private final Slot[] slots;
    private final int[] keyIndexes;

    /** @param lineKey the column holding the source line number, a key when the file has none, or {@code null} */
    public ProfileProcessor(Profile profile, HeaderMapping mapping, Cleaners cleaners, String lineKey) {
        List<ProfileColumn> columns = profile.columns();
        int extra = lineKey == null ? 0 : 1;
        this.slots = new Slot[columns.size() + extra];
        for (int i = 0; i < columns.size(); i++) {
            ProfileColumn column = columns.get(i);
            int index = mapping.indexOf(column.name());
            boolean required = column.required() || profile.key().contains(column.name());
            slots[i] = new Slot(column.name(), index, required, cleaners.forType(column.type()));
        }
        if (lineKey != null) {
            slots[columns.size()] = new Slot(lineKey, -1, true, null);
        }
        List<String> key = lineKey == null ? profile.key() : List.of(lineKey);
        this.keyIndexes = key.stream()
                .mapToInt(k -> {
                    for (int i = 0; i < slots.length; i++) {
                        if (slots[i].column().equals(k)) {
                            return i;
                        }
                    }
                    throw new IllegalArgumentException("key " + k + " is not a column");
                })
                .toArray();
    }

    @Override
    public Outcome process(RawRecord record) {
        if (!(record instanceof CsvRow row)) {
            throw new IllegalArgumentException(
                    "a CSV profile processes CSV rows, not " + record.getClass().getSimpleName());
        }
        if (row.problem() != null) {
            return new Rejection(null, row.problem());
        }
        Object[] values = new Object[slots.length];
        StringBuilder errors = null;
        for (int i = 0; i < slots.length; i++) {
            Slot slot = slots[i];
            if (slot.cleaner() == null) {
                values[i] = row.line();
                continue;
            }
            String text = slot.field() < 0 ? "" : row.field(slot.field()).strip();
            if (text.isEmpty()) {
                if (slot.required()) {
                    errors = append(errors, slot.column() + ": required value is empty");
                }
                continue;
            }
            try {
                values[i] = slot.cleaner().clean(text);
            } catch (InvalidValue e) {
                errors = append(errors, slot.column() + ": " + e.getMessage());
            }
        }
        if (errors != null) {
            return new Rejection(keyText(values), errors.toString());
        }
        return Row.of(values);
    }

    private String keyText(Object[] values) {
        StringBuilder key = new StringBuilder();
        for (int index : keyIndexes) {
            if (values[index] == null) {
                return null;
            }
            key.append(key.isEmpty() ? "" : "\u001f").append(values[index]);
        }
        return key.toString();
    }

    private static StringBuilder append(StringBuilder errors, String error) {
        return errors == null ? new StringBuilder(error) : errors.append("; ").append(error);
    }
}
