package dev.ingest.callrail.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CallRailSignatureTest {

    /** The documentation's test vector, the body byte for byte (2,279 bytes, no trailing newline). */
    private static final String KEY = "072e77e426f92738a72fe23c4d1953b4";

    private static final String SIGNATURE = "UZAHbUdfm3GqL7qzilGozGzWV64=";

    private static byte[] body() throws IOException {
        try (var in = CallRailSignatureTest.class.getResourceAsStream("/callrail-webhook-test-vector.body.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theDocumentedVectorVerifies() throws IOException {
        assertThat(body()).hasSize(2_279);
        assertThat(CallRailSignature.verify(body(), SIGNATURE, KEY)).isTrue();
    }

    @Test
    void aChangedBodyAnotherKeyOrNoSignatureDoNot() throws IOException {
        byte[] changed = body();
        changed[changed.length - 2] ^= 1;
        byte[] withNewline = Arrays.copyOf(body(), body().length + 1);
        withNewline[withNewline.length - 1] = '\n';

        assertThat(CallRailSignature.verify(changed, SIGNATURE, KEY)).isFalse();
        assertThat(CallRailSignature.verify(withNewline, SIGNATURE, KEY)).isFalse();
        assertThat(CallRailSignature.verify(body(), SIGNATURE, "072e77e426f92738a72fe23c4d1953b5"))
                .isFalse();
        assertThat(CallRailSignature.verify(body(), null, KEY)).isFalse();
        assertThat(CallRailSignature.verify(body(), "", KEY)).isFalse();
        assertThat(CallRailSignature.verify("{}".getBytes(StandardCharsets.UTF_8), SIGNATURE, KEY))
                .isFalse();
    }

    @Test
    void theVectorInTheSharedReferenceIsTheOneTested() throws IOException {
        Path shared = Path.of("../../shared/reference/callrail-webhook-test-vector.body.json");
        if (Files.exists(shared)) {
            assertThat(Files.readAllBytes(shared)).isEqualTo(body());
        }
    }
}
