package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real JVM, stopped the way Ctrl-C or a service manager stops it, so its shutdown hooks run. */
class CancellationTest {

    @TempDir
    Path dir;

    @Test
    void
            a_sync_stopped_mid_stream_ends_its_history_row_cancelled_not_running_says_so_with_a_timestamp_and_exits_as_the_readme_says()
                    throws Exception {
        String url = "jdbc:duckdb:" + dir.resolve("w.duckdb");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IngestCommand.class.getName(),
                "--warehouse=" + url,
                "--verbose",
                "sync",
                "testcrm",
                "people",
                "--batch-size=1");
        builder.environment().put("TESTCRM_API_KEY", "key");
        // Records 2 s apart, so that a slow machine still stops the run before a third record is read.
        builder.environment().put("TESTCRM_RECORD_DELAY_MS", "2000");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.contains("read people record 2")) {
                // Wait until the first batch is in, so there is a run to cancel.
            }
            // SIGTERM, as Process.destroy sends it, but without closing the output still to be read.
            process.toHandle().destroy();
            List<String> after = new ArrayList<>();
            while ((line = output.readLine()) != null) {
                after.add(line);
            }
            assertThat(process.waitFor(CancelOnShutdown.GRACE.toSeconds() + 10, TimeUnit.SECONDS))
                    .isTrue();
            assertThat(process.exitValue()).isEqualTo(ReadmeExitCodes.read().of("cancelled"));
            // Without a terminal (the output is a pipe here) the notice is a timestamped line like the others.
            assertThat(after)
                    .anySatisfy(notice -> assertThat(notice)
                            .matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})"
                                    + " ingest: cancelling after the current batch \\(waiting up to 30 s\\)"));
        } finally {
            process.destroyForcibly();
        }

        try (Warehouse warehouse = Warehouse.open(new WarehouseConfig(url, null, null))) {
            List<SyncRun> runs = warehouse.history().recent("testcrm", 10);
            assertThat(runs).extracting(SyncRun::status).containsExactly(RunStatus.CANCELLED);
            assertThat(runs.get(0).counts().processed()).isBetween(1L, 2L);
        }
    }
}
