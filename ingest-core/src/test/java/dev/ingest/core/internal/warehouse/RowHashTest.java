package dev.ingest.core.internal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RowHashTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:15:30.123456Z");

    @Test
    void aRowHashesAsItDidWhenTablesFirstHeldHashes() {
        // Tables keep the hashes of earlier runs: a different value here would count every stored row as changed.
        long hash = RowHash.of(
                new Object[] {42L, "Müller", new BigDecimal("12.50"), true, LocalDate.of(1970, 1, 2), AT, null},
                "{\"id\":42}",
                AT);

        assertThat(hash).isEqualTo(5626567714449238442L);
    }

    @Test
    void valuesTheWarehouseKeepsAlikeHashAlike() {
        assertThat(hash(new BigDecimal("1.50"))).isEqualTo(hash(new BigDecimal("1.5")));
        assertThat(hash(BigDecimal.ZERO)).isEqualTo(hash(new BigDecimal("0.000")));
        // Both warehouses keep microseconds.
        assertThat(hash(Instant.parse("2026-01-01T00:00:00.000001001Z")))
                .isEqualTo(hash(Instant.parse("2026-01-01T00:00:00.000001Z")));
    }

    @Test
    void anyChangeOfAValueRawOrDeletionChangesTheHash() {
        Object[] values = {1L, "Ann", null};
        long hash = RowHash.of(values, "{}", null);

        assertThat(RowHash.of(new Object[] {1L, "Anne", null}, "{}", null)).isNotEqualTo(hash);
        assertThat(RowHash.of(new Object[] {1L, "Ann", "x"}, "{}", null)).isNotEqualTo(hash);
        assertThat(RowHash.of(new Object[] {1L, null, "Ann"}, "{}", null)).isNotEqualTo(hash);
        assertThat(RowHash.of(new Object[] {1L, "Ann", null}, "{ }", null)).isNotEqualTo(hash);
        assertThat(RowHash.of(new Object[] {1L, "Ann", null}, null, null)).isNotEqualTo(hash);
        assertThat(RowHash.of(values, "{}", AT)).isNotEqualTo(hash);
        assertThat(hash("5")).isNotEqualTo(hash(5L));
        assertThat(hash(new BigDecimal("1.5"))).isNotEqualTo(hash(new BigDecimal("15")));
        assertThat(hash(AT)).isNotEqualTo(hash(AT.plusNanos(1000)));
        assertThat(hash("abcdefgh")).isNotEqualTo(hash("abcdefhg"));
        assertThat(hash("")).isNotEqualTo(hash((Object) null));
    }

    @Test
    void aColumnAStreamGainsLeavesHashesAsTheyWereWhileItIsEmpty() {
        assertThat(RowHash.of(new Object[] {1L, "Ann", null}, "{}", null))
                .isEqualTo(RowHash.of(new Object[] {1L, "Ann"}, "{}", null));
    }

    private static long hash(Object value) {
        return RowHash.of(new Object[] {value}, null, null);
    }
}
