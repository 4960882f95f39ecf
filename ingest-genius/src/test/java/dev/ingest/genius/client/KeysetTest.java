package dev.ingest.genius.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetTest {

    @Test
    void rowsAfterAPositionAreSelectedByComparisonNotOffset() {
        Keyset keyset = new Keyset("prospect", List.of("updated_at", "id"));

        assertThat(keyset.after())
                .isEqualTo("((`prospect`.`updated_at` > ?) OR (`prospect`.`updated_at` = ? AND `prospect`.`id` > ?))");
        assertThat(keyset.orderBy()).isEqualTo("`prospect`.`updated_at`, `prospect`.`id`");
        assertThat(new Keyset("prospect", List.of("id")).after()).isEqualTo("((`prospect`.`id` > ?))");
    }

    @Test
    void aCheckpointRoundTripsAndMustMatchItsColumns() {
        Keyset keyset = new Keyset("prospect", List.of("updated_at", "id"));
        List<String> position = List.of("2024-05-05 05:05:05.000000", "18446744073709551615");

        assertThat(keyset.decode(keyset.encode(position))).isEqualTo(position);
        assertThatThrownBy(() -> keyset.decode("[\"7\"]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match");
    }
}
