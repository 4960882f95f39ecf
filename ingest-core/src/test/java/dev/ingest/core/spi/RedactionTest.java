package dev.ingest.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void aSecretSettingsValueEchoedInAnErrorIsMasked() {
        Settings.fromShortNames(
                "acme", List.of(Setting.secret("API_TOKEN", "token")), Map.of("API_TOKEN", "tok-canary-8f3a91"));

        assertThat(Redaction.clean("401: {\"message\":\"token tok-canary-8f3a91 is expired\"}"))
                .isEqualTo("401: {\"message\":\"token **** is expired\"}");
    }

    @Test
    void credentialsInUrlsAndHeadersAreMasked() {
        assertThat(Redaction.clean("FATAL for postgresql://loader:hunter2@db:5432/wh"))
                .isEqualTo("FATAL for postgresql://loader:****@db:5432/wh");
        assertThat(Redaction.clean("jdbc:mysql://h/db?user=x&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:mysql://h/db?user=x&password=****&ssl=true");
        assertThat(Redaction.clean("sent Authorization: Bearer pat-na1-0123abcd"))
                .isEqualTo("sent Authorization: Bearer ****");
        assertThat(Redaction.clean("Authorization: Token token=\"abc123\""))
                .isEqualTo("Authorization: Token token=\"****\"");
    }

    @Test
    void textBecomesOneLineOfBoundedLength() {
        String huge = "ERROR: tables can have at most 1600 columns\n  Position: 12\n" + "x".repeat(90_000);

        String cleaned = Redaction.clean(huge);

        assertThat(cleaned)
                .startsWith("ERROR: tables can have at most 1600 columns Position: 12 xxx")
                .doesNotContain("\n");
        assertThat(cleaned.length()).isLessThan(Redaction.MAX_CHARS + 40);
        assertThat(cleaned).endsWith("more characters)");
    }
}
