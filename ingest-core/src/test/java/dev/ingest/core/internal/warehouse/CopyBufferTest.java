package dev.ingest.core.internal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;

class CopyBufferTest {

    /** A COPY that keeps what is written to it. */
    private static CopyIn into(ByteArrayOutputStream sent) {
        return (CopyIn) Proxy.newProxyInstance(
                CopyIn.class.getClassLoader(), new Class<?>[] {CopyIn.class}, (p, m, a) -> {
                    if (m.getName().equals("writeToCopy") && a.length == 3 && a[0] instanceof byte[] bytes) {
                        sent.write(bytes, (int) a[1], (int) a[2]);
                        return null;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void encodesInPlaceTheBytesTheJdkEncoderGivesWithNulDroppedAndLoneSurrogatesAsQuestionMarks() throws Exception {
        Random random = new Random(11);
        char[] alphabet = {
            'a', 'Z', '0', ' ', '\0', '\t', 'é', 'ñ', 'Ø', 'Ω', 'м', '€', '中', '\uFFFD', '\uD83D', '\uDE00'
        };
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = alphabet[random.nextInt(alphabet.length)];
            }
            String string = new String(chars);
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            CopyBuffer buffer = new CopyBuffer(into(sent));
            buffer.ensure(3 * chars.length);
            int written = buffer.putUtf8(string);
            buffer.flush();
            assertThat(sent.toByteArray())
                    .as("%s", string.chars().mapToObj(Integer::toHexString).toList())
                    .hasSize(written)
                    .isEqualTo(CopyBuffer.utf8(string));
        }
    }
}
