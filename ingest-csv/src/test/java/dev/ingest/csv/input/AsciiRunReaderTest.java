package dev.ingest.csv.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiRunReaderTest {

    private static CharsetDecoder replacing(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** All the reader gives, asked for chunks of random lengths from one char up. */
    private static String readAll(Reader reader, Random random) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chars = new char[64];
        int n;
        while ((n = reader.read(chars, 0, 1 + random.nextInt(chars.length))) >= 0) {
            text.append(chars, 0, n);
        }
        return text.toString();
    }

    /** Text with accented letters, symbols and emoji among ASCII, broken by stray, cut and overlong sequences. */
    private static byte[] mixedBytes(Random random) {
        byte[][] pieces = {
            "plain, ascii\n".getBytes(StandardCharsets.UTF_8),
            "Zoë".getBytes(StandardCharsets.UTF_8),
            "€".getBytes(StandardCharsets.UTF_8),
            "😀".getBytes(StandardCharsets.UTF_8),
            "中文".getBytes(StandardCharsets.UTF_8),
            "Ωмü".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xC3},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
            {(byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xFF},
        };
        byte[] bytes = new byte[random.nextInt(400)];
        int n = 0;
        while (n < bytes.length) {
            byte[] piece = random.nextInt(4) == 0
                    ? new byte[] {(byte) random.nextInt(256)}
                    : pieces[random.nextInt(pieces.length)];
            int take = Math.min(piece.length, bytes.length - n);
            System.arraycopy(piece, 0, bytes, n, take);
            n += take;
        }
        return bytes;
    }

    @Test
    void decodesEveryInputAsTheJdksStreamReaderDoesWhereverReadsAndBuffersCutIt() throws IOException {
        Random random = new Random(20261207);
        for (Charset charset : new Charset[] {
            StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII, InputSniffer.WINDOWS_1252
        }) {
            for (int i = 0; i < 3000; i++) {
                byte[] bytes = mixedBytes(random);
                String expected =
                        readAll(new InputStreamReader(new ByteArrayInputStream(bytes), replacing(charset)), random);
                int bufferBytes = 4 + random.nextInt(40);
                String actual = readAll(
                        new AsciiRunReader(new ChoppyStream(bytes, random), replacing(charset), bufferBytes), random);
                assertThat(actual)
                        .as("%s, %d-byte buffer", charset, bufferBytes)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void givesACharacterOutsideTheBasicPlaneToOneCharReadsAsItsTwoHalves() throws IOException {
        byte[] bytes = "a😀b".getBytes(StandardCharsets.UTF_8);
        Reader reader = new AsciiRunReader(new ByteArrayInputStream(bytes), replacing(StandardCharsets.UTF_8), 8);
        StringBuilder text = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0) {
            text.append((char) c);
        }
        assertThat(text.toString()).isEqualTo("a😀b");
    }

    @Test
    void neverAsksTheStreamHowMuchIsLeft() throws IOException {
        byte[] bytes = "Zoë,O'Brien\nJosé,Núñez\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        InputStream noAvailable = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int available() {
                throw new AssertionError("available() asked: each is a system call on a file");
            }
        };
        assertThat(readAll(new AsciiRunReader(noAvailable, replacing(StandardCharsets.UTF_8)), new Random(1)))
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }

    /** A stream that hands out its bytes a few at a time, as a pipe or a slow disk may. */
    private static final class ChoppyStream extends ByteArrayInputStream {

        private final Random random;

        ChoppyStream(byte[] bytes, Random random) {
            super(bytes);
            this.random = random;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
        }
    }
}
