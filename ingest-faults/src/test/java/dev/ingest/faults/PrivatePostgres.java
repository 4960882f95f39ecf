package dev.ingest.faults;

import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server of the test's own, in a temporary directory, that the test may crash: the shared
 * service on 5432 must never be. It listens on 127.0.0.1 only, on a free port, with trust authentication and its
 * socket in its directory. Run as the {@code postgres} OS user when the JVM is root (PostgreSQL refuses root).
 *
 * <p>It is set up so that a crash loses what an asynchronous commit ({@code synchronous_commit = off}) has not yet
 * written out, as a machine's crash would (see {@link #SETTINGS}).
 */
public final class PrivatePostgres implements AutoCloseable {

    /**
     * An immediate stop kills the server's processes, so only WAL never handed to the kernel is lost. When woken by a
     * commit, the WAL writer writes out the completed WAL pages only; the page holding the last commit record stays
     * in {@code wal_buffers} until its timed round. A crash right after an asynchronous commit undoes it, unless
     * something else writes the WAL first: the other settings keep those away, so the loss does not hang on timing.
     */
    private static final List<String> SETTINGS = List.of(
            "listen_addresses = '127.0.0.1'",
            "fsync = on",
            // The WAL writer's timed round, which writes the last, incomplete page too: 10 s is the longest there is.
            "wal_writer_delay = 10000ms",
            "wal_writer_flush_after = 0",
            // Room for many batches' WAL, so no backend has to write pages out to make space.
            "wal_buffers = 64MB",
            // Each of these writes the WAL out now and then: an autoanalyze's ordinary commit flushes all of it; a
            // running-transactions record (wal_level replica, every 15 s) wakes the WAL writer; the background
            // writer flushes the WAL of the pages it cleans; a checkpoint flushes it all.
            "autovacuum = off",
            "wal_level = minimal",
            "max_wal_senders = 0",
            "bgwriter_lru_maxpages = 0",
            "checkpoint_timeout = 1h",
            "max_wal_size = 4GB");

    private static final long COMMAND_SECONDS = 60;

    private final Path directory;
    private final Path data;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;

    private PrivatePostgres(Path directory, Path bin, int port, boolean asPostgresUser) {
        this.directory = directory;
        this.data = directory.resolve("data");
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Makes a new cluster and starts it. */
    public static PrivatePostgres start() {
        Path directory;
        try {
            directory = Files.createTempDirectory("ingest-private-pg-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a directory for a private PostgreSQL", e);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        PrivatePostgres server = new PrivatePostgres(directory, binaries(), freePort(), root);
        try {
            server.initialise();
            server.startServer();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** For {@link dev.ingest.core.internal.warehouse.Warehouse#open}. */
    public WarehouseConfig config() {
        return new WarehouseConfig(jdbcUrl(), "postgres", null);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /**
     * Kills the server as a crash would ({@code pg_ctl stop -m immediate}): no shutdown checkpoint, no WAL written
     * on the way out; the next start recovers from the WAL that reached the kernel.
     */
    public void crash() {
        pgCtl("-m", "immediate", "stop");
    }

    /** Starts the stopped or crashed server again, waiting until it accepts connections (after its recovery). */
    public void restart() {
        startServer();
    }

    /** Crashes the server and starts it again. */
    public void crashAndRestart() {
        crash();
        restart();
    }

    /** Stops the server if it runs and deletes its directory. */
    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                pgCtl("-m", "immediate", "stop");
            }
        } finally {
            delete(directory);
        }
    }

    private void initialise() {
        if (asPostgresUser) {
            run(List.of("chown", "-R", "postgres:postgres", directory.toString()), false);
        }
        run(
                List.of(
                        bin.resolve("initdb").toString(),
                        "-D",
                        data.toString(),
                        "-A",
                        "trust",
                        "-U",
                        "postgres",
                        "-E",
                        "UTF8",
                        "--locale=C",
                        "--no-sync"),
                asPostgresUser);
        List<String> settings = new ArrayList<>(SETTINGS);
        settings.add("port = " + port);
        settings.add("unix_socket_directories = '" + directory + "'");
        try {
            Files.writeString(
                    data.resolve("postgresql.conf"),
                    "\n" + String.join("\n", settings) + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot configure the private PostgreSQL in " + data, e);
        }
    }

    private void startServer() {
        pgCtl("-l", directory.resolve("server.log").toString(), "start");
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", String.valueOf(COMMAND_SECONDS)));
        command.addAll(List.of(arguments));
        run(command, asPostgresUser);
    }

    /** Runs a command to its end, as the {@code postgres} user if asked; its output goes into the failure's message. */
    private void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile(directory, "command-", ".out");
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(COMMAND_SECONDS + 10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", full) + " did not end in " + (COMMAND_SECONDS + 10) + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " exited " + process.exitValue() + ": "
                        + Files.readString(output) + serverLog());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", full), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + String.join(" ", full), e);
        }
    }

    private String serverLog() throws IOException {
        Path log = directory.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
    }

    /** The newest installed version's {@code bin} directory under {@code /usr/lib/postgresql}. */
    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing((Path b) -> versionOf(b)))
                    .orElseThrow(
                            () -> new IllegalStateException("no PostgreSQL binaries under /usr/lib/postgresql/*/bin"));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL binaries under /usr/lib/postgresql: " + e.getMessage(), e);
        }
    }

    private static int versionOf(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + directory, e);
        }
    }

    @Override
    public String toString() {
        return "private PostgreSQL on 127.0.0.1:" + port + " in " + directory;
    }
}
