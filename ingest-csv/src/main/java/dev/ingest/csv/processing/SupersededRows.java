package dev.ingest.csv.processing;

import dev.ingest.core.spi.SourceException;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.input.CsvFile;
import dev.ingest.csv.input.CsvParser;
import dev.ingest.csv.input.CsvRecord;
import dev.ingest.csv.input.FileProblem;
import dev.ingest.csv.input.RecordFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * Rows whose key a later row of the same file repeats. The last row wins, so the earlier ones are skipped rather than
 * loaded and then overwritten: loading them would make every re-import of the file update those keys twice instead of
 * finding them unchanged. Found by a first pass over the file that keeps, per distinct key, a 64-bit code (see
 * {@link KeyCode}) and the line of its last row side by side in one open-addressing array, and notes the line of every
 * row a later one supersedes. Only those lines are kept for the import, a bit a line, so that telling a row's fate
 * there costs a bit's test, not its key cleaned and looked up again.
 *
 * <p>The scan's memory is bounded: each range of the file scanned on a thread of its own has a share of a budget (a
 * quarter of the heap) for its array, at most 12 bytes a slot while it doubles, half of the slots used: about 500,000
 * keys a range at {@code -Xmx256m}. A range with more keys writes its array out as a run sorted by code to a temporary
 * file and starts it again; if any range did, every range's array is written so and the runs merged, a buffer a run,
 * which meets each code's rows together however many keys the file has. Merging costs writing and reading 16 bytes a
 * key, against the hash table's time growing out of the budget's reach. Where codes are hashes, rows sharing one are
 * confirmed against their cleaned key values by a second pass, over only those rows and as many codes at a time as the
 * budget holds, so that two keys with one hash never cost a row.
 */
public final class SupersededRows {

    /** Below this many bytes a range is not worth a thread of its own. */
    static final long MIN_PART_BYTES = 8L << 20;

    /** About what a key being confirmed costs in a map: entry, list, values and line. */
    private static final long BYTES_PER_CONFIRMED_KEY = 160;

    /** For files whose key is the line number, which cannot repeat. */
    public static final SupersededRows NONE = new SupersededRows(new LineSet(), 0, 0);

    /** The lines of superseded rows. */
    private final LineSet lines;

    private final int spilledRuns;
    private final long largestTableBytes;
    private final AtomicLong skipped = new AtomicLong();

    private SupersededRows(LineSet lines, int spilledRuns, long largestTableBytes) {
        this.lines = lines;
        this.spilledRuns = spilledRuns;
        this.largestTableBytes = largestTableBytes;
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

    static SupersededRows scan(CsvFile file, int[] keyFields, ValueCleaner[] keyCleaners, int parts) {
        return scan(
                file,
                new KeyCode(keyFields, keyCleaners, LongUnaryOperator.identity()),
                parts,
                Runtime.getRuntime().maxMemory() / 4);
    }

    /**
     * The scan of about {@code parts} byte ranges of the file, each cut at a line start and read on a thread of its
     * own (the import waits for the scan, so the other cores would be idle), in about {@code budget} bytes. A range
     * whose end fell inside a quoted field is read again together with the next one, from its start, so the records
     * are always the whole file's.
     */
    static SupersededRows scan(CsvFile file, KeyCode key, int parts, long budget) {
        boolean[] wanted = key.fields();
        int maxTableLength = maxTableLength(budget / parts);
        List<FutureTask<RangeScan>> later = new ArrayList<>();
        try (Spill spill = new Spill()) {
            try {
                long[] cuts = file.lineCuts(parts);
                for (int i = 1; i < cuts.length - 1; i++) {
                    long from = cuts[i];
                    long to = cuts[i + 1];
                    FutureTask<RangeScan> task = new FutureTask<>(
                            () -> scanRange(file, wanted, from, to, newScan(key, maxTableLength, spill)));
                    Thread thread = new Thread(task, "ingest-key-scan-" + i);
                    thread.setDaemon(true);
                    thread.start();
                    later.add(task);
                }
                List<RangeScan> ranges = new ArrayList<>();
                RangeScan current = scanRange(file, wanted, 0, cuts[1], newScan(key, maxTableLength, spill));
                for (int i = 1; i < cuts.length - 1; i++) {
                    if (current.endedInQuotes) {
                        // Cut inside a quoted field: the next range does not start a record, so both are read again
                        // as one (the next range's own scan is left to finish, its result unused).
                        current = scanRange(
                                file, wanted, current.start, cuts[i + 1], newScan(key, maxTableLength, spill));
                    } else {
                        ranges.add(current);
                        current = later.get(i - 1).get();
                    }
                }
                ranges.add(current);
                return found(file, key, wanted, ranges, budget);
            } finally {
                // The temporary files go only once no range's scan can still write them.
                for (FutureTask<RangeScan> task : later) {
                    awaitQuietly(task);
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (UncheckedIOException e) {
            throw spillFailed(file, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SourceException unreadable
                    ? unreadable
                    : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning " + file.path() + " for repeated keys", e);
        }
    }

    private static Supplier<RangeScan> newScan(KeyCode key, int maxTableLength, Spill spill) {
        return () -> new RangeScan(key, maxTableLength, spill);
    }

    /** The largest power of two of slots' longs whose array, while it doubles, fits in {@code share} bytes. */
    static int maxTableLength(long share) {
        return (int) Math.max(64, Math.min(1 << 30, Long.highestOneBit(Math.max(1, share / 12))));
    }

    /** The rows the ranges' scans, read in order, show a later row supersedes. */
    private static SupersededRows found(
            CsvFile file, KeyCode key, boolean[] wanted, List<RangeScan> ranges, long budget) throws IOException {
        long[] shifts = new long[ranges.size()];
        long lineBreaks = 0;
        Repeats repeats = new Repeats();
        for (int r = 0; r < ranges.size(); r++) {
            shifts[r] = lineBreaks;
            lineBreaks += ranges.get(r).lineBreaks;
            repeats.add(ranges.get(r).repeats, shifts[r]);
        }
        long largestTableBytes =
                ranges.stream().mapToLong(r -> r.largestTableBytes).max().orElse(0);
        int spilledRuns = 0;
        if (ranges.stream().anyMatch(RangeScan::spilled)) {
            List<SortedRuns> runs = new ArrayList<>();
            for (RangeScan range : ranges) {
                runs.add(range.spillAll());
                range.release();
            }
            spilledRuns = runs.stream().mapToInt(SortedRuns::runs).sum();
            int bufferBytes = (int) Math.max(4096, Math.min(1 << 20, budget / 2 / spilledRuns));
            try {
                SortedRuns.merge(runs, shifts, repeats, bufferBytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            for (int i = 0; i < ranges.size(); i++) {
                for (int j = i + 1; j < ranges.size(); j++) {
                    ranges.get(i).noteRepeatsIn(ranges.get(j), shifts[i], shifts[j], repeats);
                }
            }
            ranges.forEach(RangeScan::release);
        }
        boolean hashed = ranges.stream().anyMatch(r -> r.hashed);
        LineSet superseded = hashed && !repeats.superseded.isEmpty()
                ? confirmed(file, key, wanted, repeats, budget)
                : repeats.superseded;
        return new SupersededRows(superseded, spilledRuns, largestTableBytes);
    }

    /**
     * Of the rows a later row with the same hashed code supersedes, those a later row with the same key values does: the
     * file read again for the rows sharing a code, as many buckets of codes a reading as the budget holds the keys of.
     */
    private static LineSet confirmed(CsvFile file, KeyCode key, boolean[] wanted, Repeats candidates, long budget)
            throws IOException {
        LineSet superseded = new LineSet();
        long keysAReading = Math.max(1, budget / BYTES_PER_CONFIRMED_KEY);
        int end = 0;
        while (end < Repeats.BUCKETS) {
            int first = end;
            long keys = 0;
            do {
                keys += candidates.byBucket[end++];
            } while (end < Repeats.BUCKETS && keys + candidates.byBucket[end] <= keysAReading);
            if (keys > 0) {
                int last = end;
                Confirmation confirmation = read(
                                file,
                                wanted,
                                0,
                                file.size(),
                                () -> new Confirmation(key.copy(), candidates, first, last))
                        .consumer();
                superseded.addShifted(confirmation.superseded, 0);
            }
        }
        return superseded;
    }

    private static RangeScan scanRange(
            CsvFile file, boolean[] wanted, long from, long to, Supplier<RangeScan> newScan) {
        try {
            Reading<RangeScan> reading = read(file, wanted, from, to, newScan);
            return reading.consumer().ended(from, reading.line(), reading.endedInQuotes());
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (UncheckedIOException e) {
            throw spillFailed(file, e);
        }
    }

    /**
     * The records in the bytes from {@code from} (0, or a line start) to {@code to}, lines counted from that start,
     * handed to a consumer {@code fresh} makes: read in the bytes, or where that is declined (see
     * {@link CsvFile#scanInBytes}) by the parser, to another one.
     */
    private static <T extends KeyedRecords> Reading<T> read(
            CsvFile file, boolean[] wanted, long from, long to, Supplier<T> fresh) throws IOException {
        T inBytes = fresh.get();
        long line = file.scanInBytes(wanted, from, to, inBytes::accept);
        if (line > 0) {
            return new Reading<>(inBytes, line, false);
        }
        T parsed = fresh.get();
        try (CsvParser parser = file.parser(wanted, from, to)) {
            if (from == 0) {
                parser.next();
            }
            CsvRecord record;
            while ((record = parser.next()) != null) {
                parsed.accept(record);
            }
            return new Reading<>(parsed, parser.line(), parser.endedInQuotes());
        }
    }

    private record Reading<T>(T consumer, long line, boolean endedInQuotes) {}

    private static void awaitQuietly(FutureTask<?> task) {
        try {
            task.get();
        } catch (ExecutionException | InterruptedException e) {
            // Its failure is the scan's if its result was used; an interrupt is kept for the caller.
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A failure to write, read or delete the scan's temporary files. */
    private static SourceException spillFailed(CsvFile file, UncheckedIOException e) {
        return new SourceException(
                "cannot use the temporary files of the repeated-key scan of " + file.path() + " in "
                        + System.getProperty("java.io.tmpdir") + ": " + FileProblem.reason(e.getCause()),
                false,
                e);
    }

    private static SourceException unreadable(CsvFile file, IOException e) {
        return new SourceException("cannot read CSV file " + file.path() + ": " + FileProblem.reason(e), false, e);
    }

    /** Whether a later row of the file has this row's key; counts the rows it says so of. */
    public boolean superseded(CsvRecord record) {
        if (!lines.contains(record.line())) {
            return false;
        }
        skipped.incrementAndGet();
        return true;
    }

    /** Rows the scan found a later row supersedes, whether or not a read has skipped them yet. */
    public long count() {
        return lines.size();
    }

    /** Rows skipped so far because a later row had their key. */
    public long skipped() {
        return skipped.get();
    }

    /** How many sorted runs the scan wrote out because its keys outgrew its budget. */
    int spilledRuns() {
        return spilledRuns;
    }

    /** The largest array of codes and lines a range's scan held. */
    long largestTableBytes() {
        return largestTableBytes;
    }

    /**
     * Reads the key of each record handed over, as the byte scanner or the parser finds it, and hands on the line of
     * each record it takes whose key reads.
     */
    private abstract static class KeyedRecords {

        final KeyCode key;

        KeyedRecords(KeyCode key) {
            this.key = key;
        }

        final void accept(RecordFields record) {
            if (takes(record.line()) && key.read(record)) {
                keyed(record.line());
            }
        }

        /** Whether the record on this line is one whose key is wanted. */
        boolean takes(long line) {
            return true;
        }

        /** Takes the key {@link #key} read from the record on this line. */
        abstract void keyed(long line);
    }

    /** One range's table of each key's code and last row, noting every row a later one with its code supersedes. */
    private static final class RangeScan extends KeyedRecords {

        private final int maxTableLength;
        private final Spill spill;
        /**
         * Each key's code at an even index and the line of its last row just after it (0 marks a free slot), so a
         * lookup touches one cache line rather than one in each of two arrays.
         */
        private long[] table;

        private int size;
        private long largestTableBytes;
        private SortedRuns runs;
        final Repeats repeats = new Repeats();
        /** Whether some key's code is a hash, so equal codes are to be confirmed. */
        boolean hashed;
        /** Line breaks in the range read, so the lines of the range after it can be counted on from there. */
        long lineBreaks;
        /** Where the range read starts, and whether it ended inside a quoted field. */
        long start;

        boolean endedInQuotes;

        RangeScan(KeyCode key, int maxTableLength, Spill spill) {
            super(key.copy());
            this.maxTableLength = maxTableLength;
            this.spill = spill;
            this.table = new long[Math.min(2 << 12, maxTableLength)];
            this.largestTableBytes = table.length * 8L;
        }

        @Override
        void keyed(long line) {
            hashed |= !key.exact;
            put(key.code, line);
        }

        /** Notes where the range read starts, the line it ended on and whether inside quotes; returns this. */
        RangeScan ended(long from, long line, boolean inQuotes) {
            start = from;
            lineBreaks = line - 1;
            endedInQuotes = inQuotes;
            return this;
        }

        boolean spilled() {
            return runs != null;
        }

        /** Notes each of this range's codes that the later range {@code next} has again, lines plus the shifts. */
        void noteRepeatsIn(RangeScan next, long shift, long nextShift, Repeats into) {
            for (int j = 0; j < table.length; j += 2) {
                if (table[j + 1] != 0) {
                    long line = next.table[slot(next.table, table[j]) + 1];
                    if (line != 0) {
                        into.note(table[j + 1] + shift, line + nextShift, table[j]);
                    }
                }
            }
        }

        /** Writes out what the table holds; returns every run written. */
        SortedRuns spillAll() {
            if (size > 0 || runs == null) {
                spill();
            }
            return runs;
        }

        /** Lets the table go once its codes are written out or looked up, for the merge's or the confirmation's use. */
        void release() {
            table = null;
        }

        private void put(long code, long line) {
            int i = slot(table, code);
            if (table[i + 1] != 0) {
                repeats.note(table[i + 1], line, code);
            } else {
                if ((size + 1) * 4 > table.length) {
                    if (table.length < maxTableLength) {
                        grow();
                    } else {
                        spill();
                    }
                    i = slot(table, code);
                }
                table[i] = code;
                size++;
            }
            table[i + 1] = line;
        }

        /**
         * The index of {@code code}'s slot, or of the free one where it would go. Codes that differ only in their
         * last two bits start in one block of four slots, a cache line's 64 bytes, and the blocks are scattered by a
         * hash of the rest: a run of near integer keys, as record IDs often are, then costs a cache miss every four
         * keys rather than every key of a table larger than the caches.
         */
        private static int slot(long[] table, long code) {
            int mask = table.length - 1;
            long block = code >>> 2;
            long mixed = block ^ (block >>> 33);
            mixed *= 0xff51afd7ed558ccdL;
            int i = (int) (((mixed ^ (mixed >>> 33)) << 2 | code & 3) << 1) & mask;
            while (table[i + 1] != 0 && table[i] != code) {
                i = (i + 2) & mask;
            }
            return i;
        }

        private void grow() {
            long[] old = table;
            table = new long[old.length * 2];
            largestTableBytes = Math.max(largestTableBytes, table.length * 8L);
            for (int j = 0; j < old.length; j += 2) {
                if (old[j + 1] != 0) {
                    int i = slot(table, old[j]);
                    table[i] = old[j];
                    table[i + 1] = old[j + 1];
                }
            }
        }

        /** Writes the table's codes and lines out as a run sorted by code, and empties it. */
        private void spill() {
            long[] codes = new long[size];
            int n = 0;
            for (int j = 0; j < table.length; j += 2) {
                if (table[j + 1] != 0) {
                    codes[n++] = table[j];
                }
            }
            Arrays.sort(codes);
            try {
                if (runs == null) {
                    runs = spill.runs();
                }
                runs.write(codes, n, code -> table[slot(table, code) + 1]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Arrays.fill(table, 0);
            size = 0;
        }
    }

    /** A reading again of the rows with a repeated code in buckets {@code firstBucket} to {@code endBucket}. */
    private static final class Confirmation extends KeyedRecords {

        private final Repeats candidates;
        private final int firstBucket;
        private final int endBucket;
        private final Map<List<Object>, Long> lastLineByKey = new HashMap<>();
        final LineSet superseded = new LineSet();

        Confirmation(KeyCode key, Repeats candidates, int firstBucket, int endBucket) {
            super(key);
            this.candidates = candidates;
            this.firstBucket = firstBucket;
            this.endBucket = endBucket;
        }

        @Override
        boolean takes(long line) {
            return candidates.involves(line);
        }

        @Override
        void keyed(long line) {
            int bucket = Repeats.bucket(key.code);
            if (bucket >= firstBucket && bucket < endBucket) {
                Long earlier = lastLineByKey.put(key.values(), line);
                if (earlier != null) {
                    superseded.add(earlier);
                }
            }
        }
    }

    /** The scan's temporary directory, made at the first spill, deleted with its files when the scan ends. */
    private static final class Spill implements AutoCloseable {

        private final List<SortedRuns> opened = new ArrayList<>();
        private Path directory;

        synchronized SortedRuns runs() throws IOException {
            if (directory == null) {
                directory = Files.createTempDirectory("ingest-key-scan-");
            }
            SortedRuns runs = new SortedRuns(directory);
            opened.add(runs);
            return runs;
        }

        @Override
        public synchronized void close() {
            try {
                for (SortedRuns runs : opened) {
                    runs.close();
                }
                if (directory != null) {
                    Files.delete(directory);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
