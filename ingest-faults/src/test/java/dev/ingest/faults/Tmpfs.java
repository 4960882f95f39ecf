package dev.ingest.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted on a temporary directory, to run a warehouse out of disk space; unmounted on close. Needs
 * root: the test is skipped when the JVM is not root or the mount is refused (a container without the capability).
 */
final class Tmpfs implements AutoCloseable {

    private final Path directory;
    private final Path filler;

    private Tmpfs(Path directory) {
        this.directory = directory;
        this.filler = directory.resolve("filler");
    }

    static Tmpfs mount(int megabytes) throws IOException {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Path directory = Files.createTempDirectory("ingest-tmpfs-");
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", directory.toString());
        if (exit != 0) {
            Files.delete(directory);
        }
        Assumptions.assumeTrue(exit == 0, "mount -t tmpfs refused here (exit " + exit + ")");
        return new Tmpfs(directory);
    }

    Path path() {
        return directory;
    }

    /** Fills the file system with a file of its own until {@code freeBytes} are left. */
    void fillLeaving(long freeBytes) throws IOException {
        long size = Files.getFileStore(directory).getUsableSpace() - freeBytes;
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
    }

    void removeFiller() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws IOException {
        // Lazily: a file the warehouse still holds open must not keep the mount, and the test, alive.
        int exit = run("umount", "-l", directory.toString());
        if (exit != 0) {
            throw new IOException("umount " + directory + " exited " + exit);
        }
        Files.delete(directory);
    }

    private static int run(String... command) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + String.join(" ", command), e);
        }
    }
}
