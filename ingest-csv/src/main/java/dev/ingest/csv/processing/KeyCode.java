package dev.ingest.csv.processing;

import dev.ingest.csv.cleaning.InvalidValue;
import dev.ingest.csv.cleaning.NumberCleaners;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.input.RecordFields;
import dev.ingest.csv.input.ScannedRecord;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * A row's key as the 64-bit code the scan compares: a single integer key is its own code, so two codes are equal
 * only for equal keys; any other key is hashed (FNV-1a over the cleaned values), and equal codes are only candidates
 * that the scan confirms against the values. One instance a thread: {@link #read} leaves its result in fields.
 *
 * <p>A single key cleaned by {@link NumberCleaners#INTEGER}, as most files' record IDs, is read in the scanned bytes
 * where it is a plain run of digits, without a string or a boxed number a row; any other text is cleaned as a string.
 */
final class KeyCode {

    private final int[] keyFields;
    private final ValueCleaner[] keyCleaners;
    /** The last step of a hash; the identity but in tests, which make keys collide with it. */
    private final LongUnaryOperator hashing;
    /** Whether the key is one integer field, whose plainest values {@link NumberCleaners#plainInteger} reads. */
    private final boolean plainIntegers;

    private final Object[] values;
    /** The code of the record last read, and whether it is the key itself rather than a hash of it. */
    long code;

    boolean exact;

    KeyCode(int[] keyFields, ValueCleaner[] keyCleaners, LongUnaryOperator hashing) {
        this.keyFields = keyFields;
        this.keyCleaners = keyCleaners;
        this.hashing = hashing;
        this.values = new Object[keyFields.length];
        this.plainIntegers = keyFields.length == 1 && keyCleaners[0] == NumberCleaners.INTEGER;
    }

    /** Marks the fields the key reads, so that a parser makes only their values. */
    boolean[] fields() {
        boolean[] wanted = new boolean[Arrays.stream(keyFields).max().orElse(-1) + 1];
        Arrays.stream(keyFields).forEach(field -> wanted[field] = true);
        return wanted;
    }

    /** A coder of the same key for another thread. */
    KeyCode copy() {
        return new KeyCode(keyFields, keyCleaners, hashing);
    }

    /**
     * Reads the record's code, or returns false when a key value is empty or does not clean (the row is rejected later).
     */
    boolean read(RecordFields record) {
        if (plainIntegers && record instanceof ScannedRecord scanned && scanned.inBytes(keyFields[0])) {
            int field = keyFields[0];
            long number = NumberCleaners.plainInteger(scanned.bytes(), scanned.start(field), scanned.end(field));
            if (number != NumberCleaners.NOT_PLAIN) {
                code = number;
                exact = true;
                return true;
            }
        }
        return read(record.fields());
    }

    private boolean read(List<String> fields) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < keyFields.length; k++) {
            int field = keyFields[k];
            String text = field < fields.size() ? fields.get(field).strip() : "";
            if (text.isEmpty()) {
                return false;
            }
            Object value;
            try {
                value = keyCleaners[k].clean(text);
            } catch (InvalidValue e) {
                return false;
            }
            values[k] = value;
            if (value instanceof Long number) {
                if (keyFields.length == 1) {
                    code = number;
                    exact = true;
                    return true;
                }
                h ^= number;
                h *= 0x100000001b3L;
            } else {
                String string = value.toString();
                for (int i = 0; i < string.length(); i++) {
                    h ^= string.charAt(i);
                    h *= 0x100000001b3L;
                }
            }
            h ^= 0x1f;
            h *= 0x100000001b3L;
        }
        code = hashing.applyAsLong(h);
        exact = false;
        return true;
    }

    /** The cleaned key values of the record last read, to compare keys whose codes are equal. */
    List<Object> values() {
        // An exact code is the key's one value, which a plain integer read in bytes leaves in no other field.
        return exact ? List.of(code) : List.of(values);
    }
}
