package dev.ingest.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Redactor masks beyond a plain echo of a known secret, and how it bounds text. */
class RedactorTest {

    @Test
    void aSecretIsMaskedAlsoUrlEncodedAsAFormCarriesIt() {
        Redactor redactor = new Redactor(List.of("r3fresh+token/="));

        assertThat(redactor.shown("bad grant: refresh_token=r3fresh%2Btoken%2F%3D&x=1 or r3fresh+token/=", List.of()))
                .isEqualTo("bad grant: refresh_token=****&x=1 or ****");
    }

    @Test
    void aSecretThatContainsAnotherIsMaskedWhole() {
        Redactor redactor = new Redactor(List.of("abcd", "abcd-efgh"));

        assertThat(redactor.shown("token abcd-efgh", List.of("abcd"))).isEqualTo("token ****");
    }

    @Test
    void credentialFieldsAndBearerTokensTheClientDoesNotKnowAreMasked() {
        Redactor redactor = new Redactor(List.of());

        assertThat(redactor.shown(
                        "{\"access_token\":\"xyz\",\"client_secret\": \"s3c\",\"header\":\"bearer abc.def\"}",
                        List.of()))
                .isEqualTo("{\"access_token\":\"****\",\"client_secret\": \"****\",\"header\":\"bearer ****\"}");
    }

    @Test
    void textIsOneLineCutToTheBound() {
        String shown = new Redactor(List.of()).shown("first\r\n\tsecond\n" + "x".repeat(1_000), List.of());

        assertThat(shown)
                .startsWith("first second xxx")
                .endsWith("... (513 more characters)")
                .hasSize(Redactor.MAX_CHARS + "... (513 more characters)".length());
    }
}
