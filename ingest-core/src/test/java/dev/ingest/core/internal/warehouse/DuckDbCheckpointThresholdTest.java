package dev.ingest.core.internal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuckDbCheckpointThresholdTest {

    private static final long MB = 1L << 20;

    @Test
    void theLogGrowsTo256MbWhereTheDiskHasRoom() {
        assertThat(Warehouse.checkpointThresholdMb(50_000 * MB)).isEqualTo(256);
    }

    @Test
    void onAFullerDiskTheLogIsHeldToAQuarterOfTheFreeSpace() {
        assertThat(Warehouse.checkpointThresholdMb(400 * MB)).isEqualTo(100);
        assertThat(Warehouse.checkpointThresholdMb(10 * MB)).isEqualTo(16);
    }
}
