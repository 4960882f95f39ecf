package dev.ingest.genius.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }

    @Test
    void utf8WrittenThroughALatin1ConnectionIsRepaired() {
        assertThat(SourceText.decode(hex("4a6f73c3a9"))).isEqualTo("José");
        assertThat(SourceText.decode(hex("e282ac3130"))).isEqualTo("€10");
    }

    @Test
    void trueLatin1IsReadAsWindows1252() {
        assertThat(SourceText.decode(hex("4a6f73e9"))).isEqualTo("José");
        assertThat(SourceText.decode(hex("803130"))).isEqualTo("€10");
        assertThat(SourceText.decode(hex("41424320"))).isEqualTo("ABC ");
    }

    @Test
    void bytesThatAreNeitherAreLeftForRejection() {
        assertThat(SourceText.decode(hex("4f8172"))).isNull();
        assertThat(SourceText.describeUndecodable(hex("4f8172")))
                .isEqualTo("text is neither valid UTF-8 nor Windows-1252 (byte 0x81 at offset 1); raw bytes 4f8172");
    }
}
