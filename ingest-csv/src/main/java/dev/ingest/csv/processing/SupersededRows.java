package dev.ingest.csv.processing;

import dev.ingest.core.spi.SourceException;
import dev.ingest.csv.cleaning.InvalidValue;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.input.CsvFile;
import dev.ingest.csv.input.CsvParser;
import dev.ingest.csv.input.CsvRecord;
import dev.ingest.csv.input.FileProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows whose key a later row of the same file repeats. The last row wins, so the earlier ones are
 * skipped rather than loaded and then overwritten: loading them would make every re-import of the file
 * update those keys twice instead of finding them unchanged. Found by a first pass over the file that
 * keeps, per distinct key, a 64-bit hash and the line of its last row side by side in one open-addressing
 * array (at most 32 bytes a key: about 32 MB for a million keys), and notes the line of every row a later
 * one supersedes. Only those lines are kept for the import, so that telling a row's fate there costs a
 * search of the (usually few) superseded lines, not its key cleaned, hashed and looked up again.
 */
public final class SupersededRows {

    /** Below this many bytes a range is not worth a thread of its own. */
    static final long MIN_PART_BYTES = 8L << 20;

    /** For files whose key is the line number, which cannot repeat. */
    public static final SupersededRows NONE = new SupersededRows(new long[0]);

    /** The start lines of superseded rows, sorted. */
    private final long[] lines;

    private final AtomicLong skipped = new AtomicLong();

    private SupersededRows(long[] lines) {
        this.lines = lines;
    }

    /**
     * @param keyFields   the positions of the key's fields in each record
     * @param keyCleaners how each is cleaned, so that {@code 0101} and {@code 101} are one integer key
     */
    public static SupersededRows scan(CsvFile file, int[] keyFields, ValueCleaner[] keyCleaners) {
        int parts =
                (int) Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, file.size() / MIN_PART_BYTES));
        return scan(file, keyFields, keyCleaners, parts);
    }

    /**
     * The scan of about {@code parts} byte ranges of the file, each cut at a line start and read on a thread of its
     * own (the import waits for the scan, so the other cores would be idle). A range whose end fell inside a quoted
     * field is read again together with the next one, from its start, so the records are always the whole file's.
     */
    static SupersededRows scan(CsvFile file, int[] keyFields, ValueCleaner[] keyCleaners, int parts) {
        boolean[] wanted = new boolean[Arrays.stream(keyFields).max().orElse(-1) + 1];
        Arrays.stream(keyFields).forEach(field -> wanted[field] = true);
        try {
            long[] cuts = file.lineCuts(parts);
            List<FutureTask<LastRowByKey>> later = new ArrayList<>();
            for (int i = 1; i < cuts.length - 1; i++) {
                long from = cuts[i];
                long to = cuts[i + 1];
                FutureTask<LastRowByKey> task =
                        new FutureTask<>(() -> scanRange(file, wanted, from, to, keyFields, keyCleaners));
                Thread thread = new Thread(task, "ingest-key-scan-" + i);
                thread.setDaemon(true);
                thread.start();
                later.add(task);
            }
            LastRowByKey done = null;
            LastRowByKey current = scanRange(file, wanted, 0, cuts[1], keyFields, keyCleaners);
            for (int i = 1; i < cuts.length - 1; i++) {
                if (current.endedInQuotes) {
                    // Cut inside a quoted field: the next range does not start a record, so both are read again as one
                    // (the next range's own scan is left to finish, its result unused).
                    later.get(i - 1).cancel(false);
                    current = scanRange(file, wanted, current.start, cuts[i + 1], keyFields, keyCleaners);
                } else {
                    done = LastRowByKey.joined(done, current);
                    current = later.get(i - 1).get();
                }
            }
            return new SupersededRows(LastRowByKey.joined(done, current).supersededLines());
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SourceException unreadable
                    ? unreadable
                    : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning " + file.path() + " for repeated keys", e);
        }
    }

    /**
     * The last row of each key in the bytes from {@code from} (0, or a line start) to {@code to}, lines counted from
     * that start: read in the bytes, or where that is declined (see {@link CsvFile#scanInBytes}) by the parser.
     */
    private static LastRowByKey scanRange(
            CsvFile file, boolean[] wanted, long from, long to, int[] keyFields, ValueCleaner[] keyCleaners) {
        try {
            LastRowByKey inBytes = new LastRowByKey(keyFields, keyCleaners);
            long line = file.scanInBytes(wanted, from, to, inBytes::add);
            if (line > 0) {
                return inBytes.ended(from, line, false);
            }
            LastRowByKey parsed = new LastRowByKey(keyFields, keyCleaners);
            try (CsvParser parser = file.parser(wanted, from, to)) {
                if (from == 0) {
                    parser.next();
                }
                CsvRecord record;
                while ((record = parser.next()) != null) {
                    parsed.add(record);
                }
                return parsed.ended(from, parser.line(), parser.endedInQuotes());
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static SourceException unreadable(CsvFile file, IOException e) {
        return new SourceException("cannot read CSV file " + file.path() + ": " + FileProblem.reason(e), false, e);
    }

    /** Whether a later row of the file has this row's key; counts the rows it says so of. */
    public boolean superseded(CsvRecord record) {
        if (lines.length == 0 || Arrays.binarySearch(lines, record.line()) < 0) {
            return false;
        }
        skipped.incrementAndGet();
        return true;
    }

    /** Rows skipped so far because a later row had their key. */
    public long skipped() {
        return skipped.get();
    }

    /** The scan's table of each key's last row, noting every row a later one with its key supersedes. */
    private static final class LastRowByKey {

        private final int[] keyFields;
        private final ValueCleaner[] keyCleaners;
        /**
         * Each key's hash (never 0, which marks a free slot) at an even index and the line of its last row just
         * after it, so a lookup touches one cache line rather than one in each of two arrays.
         */
        private long[] table = new long[2 << 12];

        private int size;
        private long[] superseded = new long[16];
        private int supersededCount;
        /** Line breaks in the range read, so the lines of the range after it can be counted on from there. */
        private long lineBreaks;
        /** Where the range read starts, and whether it ended inside a quoted field. */
        private long start;

        private boolean endedInQuotes;

        LastRowByKey(int[] keyFields, ValueCleaner[] keyCleaners) {
            this.keyFields = keyFields;
            this.keyCleaners = keyCleaners;
        }

        void add(CsvRecord record) {
            long hash = hash(record);
            if (hash != 0) {
                put(hash, record.line());
            }
        }

        /** The scan of {@code earlier}'s ranges (none when null) and of the range just after them, as one. */
        static LastRowByKey joined(LastRowByKey earlier, LastRowByKey next) {
            return earlier == null ? next : earlier.absorb(next);
        }

        /** Adds what a scan of the range just after this one found, its lines counted on from this range's; returns this. */
        private LastRowByKey absorb(LastRowByKey next) {
            for (int i = 0; i < next.supersededCount; i++) {
                supersede(next.superseded[i] + lineBreaks);
            }
            for (int j = 0; j < next.table.length; j += 2) {
                if (next.table[j] != 0) {
                    put(next.table[j], next.table[j + 1] + lineBreaks);
                }
            }
            lineBreaks += next.lineBreaks;
            endedInQuotes = next.endedInQuotes;
            return this;
        }

        /** Notes where the range read starts, the line it ended on and whether inside quotes; returns this. */
        LastRowByKey ended(long from, long line, boolean inQuotes) {
            start = from;
            lineBreaks = line - 1;
            endedInQuotes = inQuotes;
            return this;
        }

        long[] supersededLines() {
            long[] lines = Arrays.copyOf(superseded, supersededCount);
            Arrays.sort(lines);
            return lines;
        }

        /** FNV-1a over the cleaned key values (an integer in one step), or 0 when a key value is empty or does not clean (the row is rejected later). */
        private long hash(CsvRecord record) {
            long h = 0xcbf29ce484222325L;
            for (int k = 0; k < keyFields.length; k++) {
                int field = keyFields[k];
                String text = field < record.fields().size()
                        ? record.fields().get(field).strip()
                        : "";
                if (text.isEmpty()) {
                    return 0;
                }
                Object value;
                try {
                    value = keyCleaners[k].clean(text);
                } catch (InvalidValue e) {
                    return 0;
                }
                // A field's cleaner gives one type, so an integer key is hashed as its number, saving the text.
                if (value instanceof Long number) {
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
            return h == 0 ? 1 : h;
        }

        private void put(long hash, long line) {
            int i = slot(table, hash);
            if (table[i] == 0) {
                table[i] = hash;
                if (++size * 4 > table.length) {
                    grow();
                    i = slot(table, hash);
                }
            } else {
                supersede(table[i + 1]);
            }
            table[i + 1] = line;
        }

        private void supersede(long line) {
            if (supersededCount == superseded.length) {
                superseded = Arrays.copyOf(superseded, supersededCount * 2);
            }
            superseded[supersededCount++] = line;
        }

        /** The index of {@code hash}'s slot, or of the free one where it would go. */
        private static int slot(long[] table, long hash) {
            int mask = table.length - 1;
            long mixed = hash ^ (hash >>> 33);
            mixed *= 0xff51afd7ed558ccdL;
            int i = (int) ((mixed ^ (mixed >>> 33)) << 1) & mask;
            while (table[i] != 0 && table[i] != hash) {
                i = (i + 2) & mask;
            }
            return i;
        }

        private void grow() {
            long[] old = table;
            table = new long[old.length * 2];
            for (int j = 0; j < old.length; j += 2) {
                if (old[j] != 0) {
                    int i = slot(table, old[j]);
                    table[i] = old[j];
                    table[i + 1] = old[j + 1];
                }
            }
        }
    }
}
