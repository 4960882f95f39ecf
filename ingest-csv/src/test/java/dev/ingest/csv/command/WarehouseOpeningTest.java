package dev.ingest.csv.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.ConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseOpeningTest {

    @TempDir
    Path dir;

    private Warehouse open() {
        return Warehouse.open(WarehouseConfig.embedded(dir));
    }

    @Test
    void givesTheWarehouseItOpened() {
        try (Warehouse warehouse = WarehouseOpening.start(this::open).get()) {
            assertThat(warehouse.dsl().fetchValue("SELECT 42")).isEqualTo(42);
        }
    }

    @Test
    void throwsTheOpeningsFailureAsItWasThrown() {
        ConfigException failure = new ConfigException("INGEST_WAREHOUSE_URL is not a JDBC URL");
        WarehouseOpening opening = WarehouseOpening.start(() -> {
            throw failure;
        });
        assertThatThrownBy(opening::get).isSameAs(failure);
    }

    @Test
    void anAbandonedOpeningIsNotWaitedForAndClosesTheWarehouseOnceItIsOpen() throws InterruptedException {
        CountDownLatch slowServer = new CountDownLatch(1);
        AtomicReference<Warehouse> opened = new AtomicReference<>();
        WarehouseOpening opening = WarehouseOpening.start(() -> {
            try {
                slowServer.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            opened.set(open());
            return opened.get();
        });

        // The warehouse is still opening: giving it up must not wait for it (a plan's error is reported at once).
        assertTimeoutPreemptively(Duration.ofSeconds(30), opening::abandon);
        slowServer.countDown();

        assertThat(opening.get()).isNull();
        assertThatThrownBy(() -> opened.get().dsl().fetchValue("SELECT 1")).hasStackTraceContaining("has been closed");
    }
}
