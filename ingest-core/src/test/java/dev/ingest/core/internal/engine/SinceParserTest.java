package dev.ingest.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.ConfigException;
import org.junit.jupiter.api.Test;

class SinceParserTest {

    @Test
    void acceptsDatesInstantsAndOffsetTimesForATimestampCursor() {
        assertThat(SinceParser.parse("2024-05-01", ColumnType.TIMESTAMP)).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(SinceParser.parse("2024-05-01T12:30:00Z", ColumnType.TIMESTAMP))
                .isEqualTo("2024-05-01T12:30:00Z");
        assertThat(SinceParser.parse("2024-05-01T12:30:00-05:00", ColumnType.TIMESTAMP))
                .isEqualTo("2024-05-01T17:30:00Z");
        assertThat(SinceParser.parse("2024-05-01T12:30", ColumnType.TIMESTAMP)).isEqualTo("2024-05-01T12:30:00Z");
        assertThat(SinceParser.parse("2024-05-01", ColumnType.DATE)).isEqualTo("2024-05-01");
        assertThat(SinceParser.parse("1500", ColumnType.INTEGER)).isEqualTo("1500");
    }

    @Test
    void namesTheFlagAndTheFormsItTakes() {
        assertThatThrownBy(() -> SinceParser.parse("05/01/2024", ColumnType.TIMESTAMP))
                .isInstanceOf(ConfigException.class)
                .hasMessage(
                        "--since '05/01/2024' is not an ISO-8601 date or timestamp (2024-05-01 or 2024-05-01T12:00:00Z)");
    }
}
