package dev.ingest.csv.input;

import dev.ingest.core.spi.ConfigException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A CSV file with its format decided and its header read.
 *
 * @param headers     the header row's fields
 * @param fingerprint identifies this file's content version, so a checkpoint is only used on the same file
 */
public record CsvFile(Path path, InputFormat format, List<String> headers, long size, String fingerprint) {

    public static CsvFile open(Path path, Charset charset, Character delimiter) {
        String unreadable = FileProblem.of(path);
        if (unreadable != null) {
            throw new ConfigException("cannot read CSV file " + path + ": " + unreadable);
        }
        try {
            InputFormat format = InputSniffer.sniff(path, charset, delimiter);
            List<String> headers;
            try (CsvParser parser = new CsvFile(path, format, List.of(), 0, "").parser(new AtomicLong())) {
                CsvRecord header = parser.next();
                if (header == null) {
                    throw new ConfigException("CSV file " + path + " is empty: it has no header row");
                }
                headers = header.fields();
            }
            long size = Files.size(path);
            String fingerprint = path.toAbsolutePath().normalize() + "|" + size + "|"
                    + Files.getLastModifiedTime(path).toMillis();
            return new CsvFile(path, format, headers, size, fingerprint);
        } catch (IOException e) {
            throw new ConfigException("cannot read CSV file " + path + ": " + FileProblem.reason(e));
        }
    }

    /** A parser at the start of the file (after any byte-order mark), counting bytes read into {@code bytesRead}. */
    public CsvParser parser(AtomicLong bytesRead) throws IOException {
        return new CsvParser(reader(bytesRead), format.delimiter());
    }

    /**
     * A parser of the bytes from {@code from} (a line's start: 0, or a cut of {@link #lineCuts}) to {@code to}
     * that makes only the values of the fields {@code wanted} marks.
     */
    public CsvParser parser(boolean[] wanted, long from, long to) throws IOException {
        long start = rangeStart(from);
        InputStream in = Files.newInputStream(path);
        in.skipNBytes(start);
        return new CsvParser(reader(new RangeStream(in, to - start)), format.delimiter(), wanted);
    }

    /**
     * Offsets that cut the file into about {@code parts} byte ranges, from 0 to its size, each but the first
     * starting just after a line feed. A range then starts a line, though perhaps inside a quoted field, which
     * its parser cannot know; only a charset in which a line feed byte is always that character is cut.
     */
    public long[] lineCuts(int parts) throws IOException {
        List<Long> cuts = new ArrayList<>(List.of(0L));
        if (asciiInBytes() && parts > 1) {
            try (FileChannel channel = FileChannel.open(path)) {
                ByteBuffer window = ByteBuffer.allocate(1 << 16);
                for (int part = 1; part < parts; part++) {
                    long cut =
                            lineStartAfter(channel, window, Math.max(cuts.get(cuts.size() - 1), size * part / parts));
                    if (cut > 0 && cut < size) {
                        cuts.add(cut);
                    }
                }
            }
        }
        cuts.add(size);
        return cuts.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The records from {@code from} (0, or a cut of {@link #lineCuts}) to {@code to} as {@link #parser(boolean[], long, long)}
     * finds them, read in the undecoded bytes where the charset allows it, with only the wanted fields' values (see
     * {@link CsvByteScanner}); the one {@link ScannedRecord} handed over is reused once {@code records} returns.
     *
     * @return the line the range ends on, as the parser's {@link CsvParser#line()}, or -1 when the range is not read
     *         so, and the parser must read it (some records may have been handed over by then)
     */
    public long scanInBytes(boolean[] wanted, long from, long to, Consumer<ScannedRecord> records) throws IOException {
        if (!asciiInBytes()) {
            return -1;
        }
        try (FileChannel channel = FileChannel.open(path)) {
            return CsvByteScanner.scan(channel, rangeStart(from), to, format.delimiter(), wanted, from == 0, records);
        }
    }

    /** Where a range's bytes start: past any byte-order mark for the range at the file's start. */
    long rangeStart(long from) {
        return from == 0 ? format.bomBytes() : from;
    }

    /** Whether every byte below 0x80 is that ASCII character and no byte of a longer character is, so a byte shows a line break, quote or delimiter. */
    private boolean asciiInBytes() {
        Charset charset = format.charset();
        return charset.equals(StandardCharsets.UTF_8)
                || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.ISO_8859_1)
                || charset.equals(InputSniffer.WINDOWS_1252);
    }

    /** The offset just after the first line feed at or after {@code offset} within a window's reach, or -1. */
    private static long lineStartAfter(FileChannel channel, ByteBuffer window, long offset) throws IOException {
        window.clear();
        int n = channel.read(window, offset);
        for (int i = 0; i < n; i++) {
            if (window.get(i) == '\n') {
                return offset + i + 1;
            }
        }
        return -1;
    }

    private Reader reader(AtomicLong bytesRead) throws IOException {
        InputStream in = new CountingStream(Files.newInputStream(path), bytesRead);
        in.skipNBytes(format.bomBytes());
        return reader(in);
    }

    private Reader reader(InputStream in) {
        // Undecodable bytes become U+FFFD, and the rows holding them are rejected, rather than failing the file.
        CharsetDecoder decoder = format.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return asciiInBytes()
                ? new AsciiRunReader(in, decoder)
                : new InputStreamReader(new BufferedInputStream(in, 1 << 16), decoder);
    }

    /** The first records after the header, for type inference. */
    public List<CsvRecord> sample(int count) {
        List<CsvRecord> sample = new ArrayList<>();
        try (CsvParser parser = parser(new AtomicLong())) {
            parser.next();
            CsvRecord record;
            while (sample.size() < count && (record = parser.next()) != null) {
                sample.add(record);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read CSV file " + path + ": " + FileProblem.reason(e));
        }
        return sample;
    }

    /** The next {@code remaining} bytes of a stream, then its end. */
    private static final class RangeStream extends FilterInputStream {

        private long remaining;

        RangeStream(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }

    private static final class CountingStream extends FilterInputStream {

        private final AtomicLong count;

        CountingStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count.addAndGet(skipped);
            return skipped;
        }
    }
}
