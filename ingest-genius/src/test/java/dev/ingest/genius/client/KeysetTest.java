package dev.ingest.genius.client;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetTest {

    @Test
    void rowsAfterAPositionAreSelectedByComparisonNotOffset() {
        Keyset keyset = new Keyset(List.of("updated_at", "id"));

        assertThat(keyset.after()).isEqualTo("((`updated_at` > ?) OR (`updated_at` = ? AND `id` > ?))");
        assertThat(keyset.orderBy()).isEqualTo("`updated_at`, `id`");
        assertThat(new Keyset(List.of("id")).after()).isEqualTo("((`id` > ?))");
    }

    @Test
    void aCheckpointRoundTripsAndMustMatchItsColumns() {
        Keyset keyset = new Keyset(List.of("updated_at", "id"));
        List<String> position = List.of("2024-05-05 05:05:05.000000", "18446744073709551615");

        assertThat(keyset.decode(keyset.encode(position))).isEqualTo(position);
        assertThatThrownBy(() -> keyset.decode("[\"7\"]")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match");
    }
}
