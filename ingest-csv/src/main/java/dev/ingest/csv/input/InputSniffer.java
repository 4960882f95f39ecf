package dev.ingest.csv.input;

import dev.ingest.core.spi.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides a file's encoding and delimiter from its first bytes, unless they are given: a byte-order mark (UTF-8, UTF-16,
 * UTF-32) names the encoding, else valid UTF-8 is UTF-8 and anything else Windows-1252; a file that is not text in that
 * encoding is refused (see {@link TextCheck}).
 */
public final class InputSniffer {

    static final int SAMPLE_BYTES = 1 << 20;
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 50;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private InputSniffer() {}

    /**
     * @throws ConfigException when the file is not text in the encoding found or given: a byte-order mark that
     *                         {@code givenCharset} contradicts, UTF-16 without a mark, a binary file
     */
    public static InputFormat sniff(Path file, Charset givenCharset, Character givenDelimiter) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        UnicodeEncoding mark = UnicodeEncoding.byMark(sample);
        int bom = mark == null ? 0 : mark.markLength();
        Charset charset;
        String howCharset;
        if (mark != null) {
            if (givenCharset != null && !mark.agrees(givenCharset)) {
                throw new ConfigException("CSV file " + file + " starts with a "
                        + mark.charset().name() + " byte-order mark, but --encoding " + givenCharset.name()
                        + " was given; leave --encoding out to read it as "
                        + mark.charset().name());
            }
            charset = mark.charset();
            howCharset = mark.charset().name() + " byte-order mark";
        } else if (givenCharset != null) {
            charset = givenCharset;
            howCharset = "given";
        } else if (isUtf8(sample)) {
            charset = StandardCharsets.UTF_8;
            howCharset = "valid UTF-8";
        } else {
            charset = WINDOWS_1252;
            howCharset = "not valid UTF-8, read as Windows-1252";
        }
        String text = new String(sample, bom, sample.length - bom, charset);
        TextCheck.requireText(file, sample, text);
        if (givenDelimiter != null) {
            return new InputFormat(charset, bom, givenDelimiter, howCharset, "given");
        }
        return new InputFormat(charset, bom, sniffDelimiter(text), howCharset, "sniffed from the first lines");
    }

    private static boolean isUtf8(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // A sample cut inside a multi-byte character is still UTF-8: drop up to 3 trailing bytes.
        for (int cut = 0; cut <= Math.min(3, sample.length); cut++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(sample, 0, sample.length - cut));
                return true;
            } catch (CharacterCodingException e) {
                if (sample.length < SAMPLE_BYTES) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * The candidate that splits the first lines into the same, largest number of fields, counting
     * only outside quotes.
     */
    static char sniffDelimiter(String text) {
        String[] lines = firstLines(text, SAMPLE_LINES);
        int usable = Math.min(lines.length, SAMPLE_LINES);
        if (lines.length > SAMPLE_LINES || (usable > 1 && !text.endsWith("\n"))) {
            usable = Math.max(1, usable - 1);
        }
        char best = ',';
        long bestScore = 0;
        for (char candidate : CANDIDATES) {
            int[] counts = new int[usable];
            for (int i = 0; i < usable; i++) {
                counts[i] = countOutsideQuotes(lines[i], candidate);
            }
            int header = counts.length == 0 ? 0 : counts[0];
            if (header == 0) {
                continue;
            }
            long consistent = Arrays.stream(counts).filter(n -> n == header).count();
            long score = consistent * 1000 + header;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /**
     * The text cut at its first {@code max} line ends ({@code \r\n}, {@code \n} or {@code \r}), the rest as the last
     * element: {@code text.split("\r\n|\n|\r", max + 1)} without the regex, whose matcher, still interpreted at a
     * cold start, cost an import 60 ms of its start for 50 lines.
     */
    static String[] firstLines(String text, int max) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() && lines.size() < max; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(String[]::new);
    }

    private static int countOutsideQuotes(String line, char candidate) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == candidate && !quoted) {
                count++;
            }
        }
        return count;
    }
}
