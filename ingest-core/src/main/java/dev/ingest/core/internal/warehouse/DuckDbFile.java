package dev.ingest.core.internal.warehouse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How the pool opens a DuckDB file. Opened by its path, the file's catalog takes the file's name, and
 * {@code sample.contacts} is then ambiguous in {@code sample.duckdb} (catalog or schema?). So each connection opens
 * an in-memory database named after the file's path (connections of one file share it) and attaches the file under
 * a name no schema can have; {@code memory}, like DuckDB's {@code system} and {@code temp}, stays a catalog's name.
 */
final class DuckDbFile {

    /** The attached file's catalog: with a space, so that it cannot be the name of a connector's schema. */
    static final String CATALOG = "ingest warehouse";

    private DuckDbFile() {}

    static String jdbcUrl(Path file) {
        return "jdbc:duckdb::memory:ingest_"
                + digest(file.toAbsolutePath().normalize().toString());
    }

    /**
     * The storage format a new file is written in: DuckDB 1.0's, which DuckDB 0.10 and every later version reads.
     * DuckDB 2.0 would otherwise write its own, which no 1.x client opens (the newest Node.js binding among them).
     */
    static final String NEW_FILE_STORAGE_VERSION = "v1.0.0";

    /**
     * Attaches the file (once per shared in-memory database) and makes it the connection's default catalog. An
     * existing file keeps the format it has: DuckDB refuses to attach it with an older one.
     */
    static String connectionInitSql(Path file, String settings) {
        String path = file.toAbsolutePath().normalize().toString().replace("'", "''");
        String options = Files.exists(file) ? "" : " (STORAGE_VERSION '" + NEW_FILE_STORAGE_VERSION + "')";
        return "ATTACH IF NOT EXISTS '" + path + "' AS \"" + CATALOG + "\"" + options + "; USE \"" + CATALOG + "\"; "
                + settings;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
