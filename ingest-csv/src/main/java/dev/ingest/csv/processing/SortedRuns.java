package dev.ingest.csv.processing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.LongUnaryOperator;

/**
 * The (code, line) pairs one range's scan wrote out whenever its table reached its share of the memory budget: each
 * time a run sorted by code, appended to a temporary file of the range's. Merging the runs of every range meets each
 * code's rows together while holding only a buffer a run.
 */
final class SortedRuns implements AutoCloseable {

    private static final int ENTRY_BYTES = 16;

    private final Path file;
    private final FileChannel channel;
    private final List<Run> runs = new ArrayList<>();
    private long written;

    SortedRuns(Path directory) throws IOException {
        file = Files.createTempFile(directory, "range-", ".runs");
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Writes a run of the {@code count} codes, sorted, each with its line as {@code lineOf} gives it. */
    void write(long[] sortedCodes, int count, LongUnaryOperator lineOf) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(ENTRY_BYTES << 12);
        long start = written;
        for (int i = 0; i < count; i++) {
            if (!buffer.hasRemaining()) {
                flush(buffer);
            }
            buffer.putLong(sortedCodes[i]).putLong(lineOf.applyAsLong(sortedCodes[i]));
        }
        flush(buffer);
        runs.add(new Run(start, count));
    }

    int runs() {
        return runs.size();
    }

    private void flush(ByteBuffer buffer) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            written += channel.write(buffer, written);
        }
        buffer.clear();
    }

    /**
     * Notes in {@code into} every row whose code a later row of any range repeats, the lines of each range's runs
     * plus its {@code shifts} entry; {@code bufferBytes} is read from a run at a time.
     */
    static void merge(List<SortedRuns> ranges, long[] shifts, Repeats into, int bufferBytes) throws IOException {
        PriorityQueue<RunReader> queue = new PriorityQueue<>(Comparator.comparingLong(RunReader::code));
        int buffer = Math.max(ENTRY_BYTES, bufferBytes / ENTRY_BYTES * ENTRY_BYTES);
        for (int r = 0; r < ranges.size(); r++) {
            for (Run run : ranges.get(r).runs) {
                RunReader reader = new RunReader(ranges.get(r).channel, run, shifts[r], buffer);
                if (reader.next()) {
                    queue.add(reader);
                }
            }
        }
        while (!queue.isEmpty()) {
            RunReader reader = queue.poll();
            long code = reader.code;
            long last = reader.line;
            advance(reader, queue);
            // A run holds a code once, so each other reader now at this code is another row of it.
            while (!queue.isEmpty() && queue.peek().code == code) {
                RunReader same = queue.poll();
                into.note(Math.min(last, same.line), Math.max(last, same.line), code);
                last = Math.max(last, same.line);
                advance(same, queue);
            }
        }
    }

    private static void advance(RunReader reader, PriorityQueue<RunReader> queue) throws IOException {
        if (reader.next()) {
            queue.add(reader);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.delete(file);
    }

    private record Run(long offset, long count) {}

    /** Reads one run's pairs in order, a buffer at a time. */
    private static final class RunReader {

        private final FileChannel channel;
        private final long shift;
        private final ByteBuffer buffer;
        private long position;
        private long left;
        private long code;
        private long line;

        RunReader(FileChannel channel, Run run, long shift, int bufferBytes) {
            this.channel = channel;
            this.shift = shift;
            this.buffer = ByteBuffer.allocate((int) Math.min(bufferBytes, run.count * ENTRY_BYTES));
            this.position = run.offset;
            this.left = run.count;
            buffer.flip();
        }

        long code() {
            return code;
        }

        /** Moves to the next pair; false at the run's end. */
        boolean next() throws IOException {
            if (left == 0) {
                return false;
            }
            if (!buffer.hasRemaining()) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), left * ENTRY_BYTES));
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, position);
                    if (n < 0) {
                        throw new IOException("a run of the key scan's temporary file ended early");
                    }
                    position += n;
                }
                buffer.flip();
            }
            code = buffer.getLong();
            line = buffer.getLong() + shift;
            left--;
            return true;
        }
    }
}
