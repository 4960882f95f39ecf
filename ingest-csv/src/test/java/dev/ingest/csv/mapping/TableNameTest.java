package dev.ingest.csv.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.ConfigException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableNameTest {

    @Test
    void keepsLettersAndDigitsOfEveryScriptLowerCasedAndJoinsTheRestWithUnderscores() {
        assertThat(TableName.of(" Web Visits 2024 ").name()).isEqualTo("web_visits_2024");
        assertThat(TableName.of("Clients 名前").name()).isEqualTo("clients_名前");
        assertThat(TableName.of("Café-Kunden").name()).isEqualTo("café_kunden");
        assertThat(TableName.of("2024 leads").name()).isEqualTo("c_2024_leads");
        assertThat(TableName.of("web visits").notice()).isNull();
    }

    @Test
    void aNameWithoutLettersOrDigitsIsRefused() {
        assertThatThrownBy(() -> TableName.of("***"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("the table name '***' has no letters or digits; give one with --table");
    }

    @Test
    void aNameOverTheByteLimitIsCutAtACharacterAndEndsInAHashOfTheWholeName() {
        String longName = "名".repeat(30);

        TableName cut = TableName.of(longName);

        assertThat(cut.name())
                .isEqualTo(
                        "名".repeat(18) + "_" + cut.name().substring(cut.name().length() - 8))
                .matches(".*_[0-9a-f]{8}");
        assertThat(cut.name().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(TableName.of(longName + "x").name()).isNotEqualTo(cut.name());
        assertThat(TableName.of(longName).name()).isEqualTo(cut.name());
        assertThat(TableName.of("a".repeat(63)).name()).isEqualTo("a".repeat(63));
    }
}
