package dev.ingest.csv.input;

import dev.ingest.core.spi.ConfigException;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A CSV file with its format decided and its header read.
 *
 * @param headers     the header row's fields
 * @param fingerprint identifies this file's content version, so a checkpoint is only used on the same file
 */
public record CsvFile(Path path, InputFormat format, List<String> headers, long size, String fingerprint) {

    public static CsvFile open(Path path, Charset charset, Character delimiter) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ConfigException("cannot read CSV file " + path);
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
            String fingerprint = path.toAbsolutePath().normalize() + "|" + size + "|" + Files.getLastModifiedTime(path).toMillis();
            return new CsvFile(path, format, headers, size, fingerprint);
        } catch (IOException e) {
            throw new ConfigException("cannot read CSV file " + path + ": " + e.getMessage());
        }
    }

    /** A parser at the start of the file (after any byte-order mark), counting bytes read into {@code bytesRead}. */
    public CsvParser parser(AtomicLong bytesRead) throws IOException {
        InputStream in = new CountingStream(Files.newInputStream(path), bytesRead);
        in.skipNBytes(format.bomBytes());
        // Undecodable bytes become U+FFFD, and the rows holding them are rejected, rather than failing the file.
        CharsetDecoder decoder = format.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new CsvParser(new InputStreamReader(new BufferedInputStream(in, 1 << 16), decoder), format.delimiter());
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
            throw new ConfigException("cannot read CSV file " + path + ": " + e.getMessage());
        }
        return sample;
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
