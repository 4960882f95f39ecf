package dev.ingest.csv.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InputSnifferTest {

    @TempDir
    Path dir;

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void skipsAUtf8ByteOrderMark() throws IOException {
        byte[] text = "name,city\nZoë,Zürich\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        InputFormat format = InputSniffer.sniff(write(withBom), null, null);

        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.bomBytes()).isEqualTo(3);
        assertThat(format.howCharset()).isEqualTo("UTF-8 byte-order mark");
    }

    @Test
    void readsBytesThatAreNotUtf8AsWindows1252() throws IOException {
        InputFormat format = InputSniffer.sniff(write("name\nJos\u00e9 \u2013 caf\u00e9\n".getBytes(InputSniffer.WINDOWS_1252)), null, null);

        assertThat(format.charset()).isEqualTo(InputSniffer.WINDOWS_1252);
        assertThat(format.bomBytes()).isZero();
    }

    @Test
    void sniffsEachDelimiterCountingOnlyOutsideQuotes() {
        assertThat(InputSniffer.sniffDelimiter("a,b,c\n1,2,3\n")).isEqualTo(',');
        assertThat(InputSniffer.sniffDelimiter("a;b;c\n\"1,5\";2;3\n\"2,5\";2;3\n")).isEqualTo(';');
        assertThat(InputSniffer.sniffDelimiter("a\tb, c\tc\n1\t2, 3\t3\n")).isEqualTo('\t');
        assertThat(InputSniffer.sniffDelimiter("a|b|c\n1|2|3\n")).isEqualTo('|');
    }

    @Test
    void aGivenDelimiterAndEncodingWin() throws IOException {
        InputFormat format = InputSniffer.sniff(write("a,b;c\n".getBytes(StandardCharsets.UTF_8)), StandardCharsets.ISO_8859_1, ';');

        assertThat(format.delimiter()).isEqualTo(';');
        assertThat(format.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(format.howDelimiter()).isEqualTo("given");
    }
}
