package dev.ingest.genius;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A site's table definitions file, as {@code GENIUS_TABLES_FILE} names one, in a temporary file. */
final class TablesFile {

    private TablesFile() {}

    static Path of(String yaml) {
        try {
            Path file = Files.createTempFile("genius-tables-", ".yaml");
            file.toFile().deleteOnExit();
            return Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
