package dev.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.SourceException;
import dev.ingest.csv.processing.SupersededRows;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class KeyScanTest {

    private final List<String> passes = new CopyOnWriteArrayList<>();
    private final KeyScan scan = new KeyScan(() -> {
        passes.add(Thread.currentThread().getName());
        return SupersededRows.NONE;
    });

    @Test
    void aPassStartedAheadRunsOnItsOwnThreadAndServesTheFirstReadOnly() {
        scan.startAhead();
        scan.startAhead();

        assertThat(scan.take()).isSameAs(SupersededRows.NONE);
        assertThat(passes).containsExactly("ingest-key-scan-ahead");

        scan.take();
        assertThat(passes)
                .containsExactly("ingest-key-scan-ahead", Thread.currentThread().getName());
    }

    @Test
    void withoutAStartAheadTheReadMakesThePass() {
        scan.take();

        assertThat(passes).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aPassThatFailedAheadFailsTheReadWithItsOwnError() {
        SourceException unreadable = new SourceException("cannot read CSV file x.csv: gone");
        KeyScan failing = new KeyScan(() -> {
            throw unreadable;
        });
        failing.startAhead();

        assertThatThrownBy(failing::take).isSameAs(unreadable);
    }
}
