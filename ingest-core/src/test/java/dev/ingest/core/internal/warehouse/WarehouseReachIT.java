package dev.ingest.core.internal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.RunCounts;
import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import dev.ingest.core.WarehouseException;
import dev.ingest.core.testing.WarehouseFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Reaching a PostgreSQL warehouse that is not what it should be, and two processes claiming one stream (a server that
 * never answers is in ingest-faults' SilentWarehouseIT).
 */
class WarehouseReachIT {

    @Test
    @Timeout(60)
    void aPostgresUrlAimedAtAnotherKindOfServerSaysSo() {
        assertThatThrownBy(
                        () -> Warehouse.open(new WarehouseConfig("jdbc:postgresql://127.0.0.1:3306/db", "root", null)))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("does not answer as PostgreSQL does (is the port right?)");
    }

    @Test
    @Timeout(120)
    void ofProcessesClaimingOneStreamAtOnceExactlyOneGetsIt() throws Exception {
        try (WarehouseFixture fixture = WarehouseFixture.create(WarehouseConfig.Kind.POSTGRES)) {
            fixture.warehouse();
            // Two pools, as two processes have: the JVM's lock on one Warehouse does not serialise them.
            try (Warehouse first = Warehouse.open(fixture.config());
                    Warehouse second = Warehouse.open(fixture.config())) {
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    for (int round = 0; round < 20; round++) {
                        String stream = "stream" + round;
                        CountDownLatch go = new CountDownLatch(1);
                        List<Future<Optional<SyncRun>>> claims = new ArrayList<>();
                        for (Warehouse warehouse : List.of(first, second)) {
                            claims.add(pool.submit(() -> {
                                go.await();
                                return warehouse.claim(run(stream));
                            }));
                        }
                        go.countDown();
                        long won = 0;
                        for (Future<Optional<SyncRun>> claim : claims) {
                            won += claim.get().isEmpty() ? 1 : 0;
                        }
                        assertThat(won).as("claims of %s won", stream).isEqualTo(1);
                    }
                } finally {
                    pool.shutdown();
                }
            }
        }
    }

    private static SyncRun run(String stream) {
        return new SyncRun(
                UUID.randomUUID().toString(),
                "invocation",
                "people",
                stream,
                "full",
                RunStatus.RUNNING,
                Instant.now(),
                null,
                RunCounts.ZERO,
                null,
                null,
                null);
    }
}
