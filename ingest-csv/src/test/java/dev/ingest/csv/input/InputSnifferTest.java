package dev.ingest.csv.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.ConfigException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        InputFormat format = InputSniffer.sniff(
                write("name\nJos\u00e9 \u2013 caf\u00e9\n".getBytes(InputSniffer.WINDOWS_1252)), null, null);

        assertThat(format.charset()).isEqualTo(InputSniffer.WINDOWS_1252);
        assertThat(format.bomBytes()).isZero();
    }

    @Test
    void sniffsEachDelimiterCountingOnlyOutsideQuotes() {
        assertThat(InputSniffer.sniffDelimiter("a,b,c\n1,2,3\n")).isEqualTo(',');
        assertThat(InputSniffer.sniffDelimiter("a;b;c\n\"1,5\";2;3\n\"2,5\";2;3\n"))
                .isEqualTo(';');
        assertThat(InputSniffer.sniffDelimiter("a\tb, c\tc\n1\t2, 3\t3\n")).isEqualTo('\t');
        assertThat(InputSniffer.sniffDelimiter("a|b|c\n1|2|3\n")).isEqualTo('|');
    }

    @Test
    void cutsLinesAsTheLineEndRegexWould() {
        String[] pieces = {"", "a", "a,b", "\n", "\r", "\r\n", "\n\r", "\r\r\n"};
        List<String> texts = new ArrayList<>();
        for (String first : pieces) {
            for (String second : pieces) {
                for (String third : pieces) {
                    texts.add(first + second + third);
                }
            }
        }
        texts.add("h\n".repeat(60));
        texts.add("h\r\n".repeat(50) + "tail\r\nmore");
        for (String text : texts) {
            for (int max : new int[] {1, 2, 3, 50}) {
                assertThat(InputSniffer.firstLines(text, max))
                        .as("%s cut at %d line ends", text.replace("\r", "\\r").replace("\n", "\\n"), max)
                        .containsExactly(text.split("\r\n|\n|\r", max + 1));
            }
        }
    }

    @Test
    void aGivenDelimiterAndEncodingWin() throws IOException {
        InputFormat format =
                InputSniffer.sniff(write("a,b;c\n".getBytes(StandardCharsets.UTF_8)), StandardCharsets.ISO_8859_1, ';');

        assertThat(format.delimiter()).isEqualTo(';');
        assertThat(format.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(format.howDelimiter()).isEqualTo("given");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void decodesUtf16AndUtf32FilesByTheirByteOrderMark(String encoding) throws IOException {
        Charset charset = Charset.forName(encoding);
        byte[] text = "\uFEFFname;city\nZoë;東京\n".getBytes(charset);

        InputFormat format = InputSniffer.sniff(write(text), null, null);

        assertThat(format.charset()).isEqualTo(charset);
        assertThat(format.bomBytes()).isEqualTo(encoding.startsWith("UTF-16") ? 2 : 4);
        assertThat(format.howCharset()).isEqualTo(encoding + " byte-order mark");
        assertThat(format.delimiter()).isEqualTo(';');
    }

    @Test
    void aGivenEncodingOfTheSameFamilyAsTheByteOrderMarkReadsPastTheMark() throws IOException {
        InputFormat format = InputSniffer.sniff(
                write("\uFEFFa,b\n".getBytes(StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16, null);

        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(format.bomBytes()).isEqualTo(2);
    }

    @Test
    void aGivenEncodingThatContradictsTheByteOrderMarkIsRefused() throws IOException {
        Path file = write("\uFEFFa,b\n".getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> InputSniffer.sniff(file, StandardCharsets.UTF_8, null))
                .isInstanceOf(ConfigException.class)
                .hasMessage(
                        "CSV file " + file + " starts with a UTF-16LE byte-order mark, but --encoding UTF-8 was given; "
                                + "leave --encoding out to read it as UTF-16LE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void utf16AndUtf32WithoutAByteOrderMarkAreRefusedNamingTheLikelyEncoding(String encoding) throws IOException {
        Path file = write("name,city\nZoë,Paris\nBo,Lyon\n".getBytes(Charset.forName(encoding)));
        String pattern = encoding.startsWith("UTF-16") ? "every other byte is NUL" : "three bytes in four are NUL";

        assertThatThrownBy(() -> InputSniffer.sniff(file, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessage("CSV file " + file + " looks like " + encoding + " without a byte-order mark (" + pattern
                        + "); " + "give --encoding " + encoding);
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadWhenItsEncodingIsGiven() throws IOException {
        InputFormat format = InputSniffer.sniff(
                write("name,city\nZoë,Paris\n".getBytes(StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16LE, null);

        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(format.bomBytes()).isZero();
        assertThat(format.delimiter()).isEqualTo(',');
    }

    @Test
    void aBinaryFileIsRefusedNamingTheFile() throws IOException {
        byte[] binary = new byte[20_000];
        new Random(7).nextBytes(binary);
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        System.arraycopy(elf, 0, binary, 0, elf.length);
        Path file = write(binary);

        assertThatThrownBy(() -> InputSniffer.sniff(file, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("CSV file " + file + " is not text: ")
                .hasMessageContaining("control characters")
                .hasMessageEndingWith("it looks like a binary file");
    }

    @Test
    void aFewNulBytesInsideFieldsDoNotMakeATextFileBinary() throws IOException {
        InputFormat format = InputSniffer.sniff(
                write("id,note\n1,a\u0000b\n2,\u0000\n".getBytes(StandardCharsets.UTF_8)), null, null);

        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.delimiter()).isEqualTo(',');
    }
}
