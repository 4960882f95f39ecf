package dev.ingest.csv.processing;

import dev.ingest.csv.cleaning.InvalidValue;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.input.CsvFile;
import dev.ingest.csv.input.CsvParser;
import dev.ingest.csv.input.CsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows whose key a later row of the same file repeats. The last row wins, so the earlier ones are
 * skipped rather than loaded and then overwritten: loading them would make every re-import of the file
 * update those keys twice instead of finding them unchanged. Found by a first pass over the file that
 * keeps, per distinct key, a 64-bit hash and the line of its last row in open-addressing arrays
 * (at most 32 bytes a key: about 32 MB for a million keys).
 */
public final class SupersededRows {

    /** For files whose key is the line number, which cannot repeat. */
    public static final SupersededRows NONE = new SupersededRows(new int[0], new ValueCleaner[0]);

    private final int[] keyFields;
    private final ValueCleaner[] keyCleaners;
    private long[] hashes = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;
    private final AtomicLong skipped = new AtomicLong();

    private SupersededRows(int[] keyFields, ValueCleaner[] keyCleaners) {
        this.keyFields = keyFields;
        this.keyCleaners = keyCleaners;
    }

    /**
     * @param keyFields   the positions of the key's fields in each record
     * @param keyCleaners how each is cleaned, so that {@code 0101} and {@code 101} are one integer key
     */
    public static SupersededRows scan(CsvFile file, int[] keyFields, ValueCleaner[] keyCleaners) {
        SupersededRows rows = new SupersededRows(keyFields, keyCleaners);
        try (CsvParser parser = file.parser(new AtomicLong())) {
            parser.next();
            CsvRecord record;
            while ((record = parser.next()) != null) {
                long hash = rows.hash(record);
                if (hash != 0) {
                    rows.put(hash, record.line());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
        return rows;
    }

    /** Whether a later row of the file has this row's key; counts the rows it says so of. */
    public boolean superseded(CsvRecord record) {
        if (keyFields.length == 0) {
            return false;
        }
        long hash = hash(record);
        if (hash == 0 || last(hash) == record.line()) {
            return false;
        }
        skipped.incrementAndGet();
        return true;
    }

    /** Rows skipped so far because a later row had their key. */
    public long skipped() {
        return skipped.get();
    }

    /** FNV-1a over the cleaned key values, or 0 when a key value is empty or does not clean (the row is rejected later). */
    private long hash(CsvRecord record) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < keyFields.length; k++) {
            int field = keyFields[k];
            String text = field < record.fields().size() ? record.fields().get(field).strip() : "";
            if (text.isEmpty()) {
                return 0;
            }
            String value;
            try {
                value = keyCleaners[k].clean(text).toString();
            } catch (InvalidValue e) {
                return 0;
            }
            for (int i = 0; i < value.length(); i++) {
                h ^= value.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0x1f;
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    private void put(long hash, long line) {
        int i = slot(hashes, hash);
        if (hashes[i] == 0) {
            hashes[i] = hash;
            if (++size * 2 > hashes.length) {
                grow();
                i = slot(hashes, hash);
            }
        }
        lines[i] = line;
    }

    private long last(long hash) {
        int i = slot(hashes, hash);
        return hashes[i] == hash ? lines[i] : -1;
    }

    private static int slot(long[] table, long hash) {
        int mask = table.length - 1;
        long mixed = hash ^ (hash >>> 33);
        mixed *= 0xff51afd7ed558ccdL;
        int i = (int) ((mixed ^ (mixed >>> 33)) & mask);
        while (table[i] != 0 && table[i] != hash) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldLines.length * 2];
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldHashes[j] != 0) {
                int i = slot(hashes, oldHashes[j]);
                hashes[i] = oldHashes[j];
                lines[i] = oldLines[j];
            }
        }
    }
}
