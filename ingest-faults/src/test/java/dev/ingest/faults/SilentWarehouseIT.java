package dev.ingest.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ingest.core.WarehouseException;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.SilentTcpServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A warehouse address where something accepts connections and never answers: a hung server, a black-holing firewall. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SilentWarehouseIT {

    @Test
    void aWarehouseThatNeverAnswersFailsToOpenWithinTwentySecondsInOneClearLine() throws Exception {
        try (SilentTcpServer silent = new SilentTcpServer()) {
            WarehouseConfig config = new WarehouseConfig(
                    "jdbc:postgresql://" + silent.address() + "/warehouse", "postgres", "pw-canary-5e1d");
            long started = System.nanoTime();

            WarehouseException failure = catchThrowableOfType(
                    WarehouseException.class, () -> Warehouse.open(config).close());

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(failure).as("opening a warehouse that never answers").isNotNull();
            assertThat(took).as("time to give up").isLessThan(Duration.ofSeconds(20));
            assertThat(failure.getMessage())
                    .as("the message")
                    .doesNotContain("\n")
                    .doesNotContain("pw-canary-5e1d")
                    .contains("cannot connect to the warehouse jdbc:postgresql://" + silent.address())
                    .contains("no answer within the connect timeout");
        }
    }
}
