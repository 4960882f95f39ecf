package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.WarehouseFixture;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * An embedding ships only the driver of its warehouse: the runner in a JVM whose class path leaves the other
 * warehouse's driver out syncs a stream with a rejected record (the rejects store, the history, the loader).
 */
class OneWarehouseDriverTest {

    @Test
    void a_duckdb_sync_with_a_rejected_record_needs_no_postgresql_driver() throws Exception {
        syncsWithOneRejectWithout("postgresql", WarehouseConfig.Kind.DUCKDB);
    }

    @Test
    void a_postgresql_sync_with_a_rejected_record_needs_no_duckdb_driver() throws Exception {
        syncsWithOneRejectWithout("duckdb", WarehouseConfig.Kind.POSTGRES);
    }

    private void syncsWithOneRejectWithout(String leftOut, WarehouseConfig.Kind kind) throws Exception {
        try (WarehouseFixture fixture = WarehouseFixture.create(kind)) {
            // The fixture's connection is let go, so the forked JVM can open an embedded file too.
            fixture.release();
            Run run = syncWithout(leftOut, fixture.config());

            assertThat(run.output()).doesNotContain("NoClassDefFoundError").doesNotContain("org/" + leftOut);
            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.PARTIAL);
            Warehouse warehouse = fixture.warehouse();
            SyncRun orders = warehouse.history().recent("testcrm", 10).stream()
                    .filter(r -> r.stream().equals("orders"))
                    .findFirst()
                    .orElseThrow();
            assertThat(orders.status()).isEqualTo(RunStatus.PARTIAL);
            assertThat(warehouse.rejects().forRun(orders.id())).hasSize(1);
            assertThat(warehouse.dsl().fetchCount(DSL.table(DSL.name("testcrm", "orders"))))
                    .isEqualTo(3);
        }
    }

    private record Run(int exitCode, String output) {}

    /** Runs {@code ingest sync testcrm} in a JVM whose class path holds no jar whose name has {@code leftOut}. */
    private Run syncWithout(String leftOut, WarehouseConfig warehouse) throws Exception {
        List<String> classPath =
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        assertThat(classPath)
                .as("the driver to leave out is on the test's class path")
                .anyMatch(entry -> Path.of(entry).getFileName().toString().contains(leftOut));
        String without = classPath.stream()
                .filter(entry -> !Path.of(entry).getFileName().toString().contains(leftOut))
                .collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                without,
                IngestCommand.class.getName(),
                "--warehouse=" + warehouse.url(),
                "sync",
                "testcrm");
        builder.environment().put("TESTCRM_API_KEY", "key");
        if (warehouse.user() != null) {
            builder.environment().put(WarehouseConfig.USER_VARIABLE, warehouse.user());
        }
        builder.redirectErrorStream(true);
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Run(process.exitValue(), output);
        } finally {
            process.destroyForcibly();
        }
    }
}
