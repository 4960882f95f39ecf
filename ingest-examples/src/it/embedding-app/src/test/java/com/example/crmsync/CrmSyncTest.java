package com.example.crmsync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.Ingest;
import dev.ingest.core.RunQuery;
import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrmSyncTest {

    @Test
    void syncsTheSampleAndImportsACsvThroughTheFrontDoor(@TempDir Path directory) throws Exception {
        Path csv = Path.of(CrmSyncTest.class.getResource("/users.csv").toURI());

        // Two of the file's rows are bad: set aside, the rest loaded.
        assertEquals(RunStatus.PARTIAL, CrmSync.syncThenImport(directory, csv));

        try (Ingest ingest = Ingest.embedded(directory)) {
            List<SyncRun> runs = ingest.runs(RunQuery.latest(20));
            assertEquals(4, runs.size(), "three sample streams and one import: " + runs);
            SyncRun contacts = runs.stream()
                    .filter(r -> "contacts".equals(r.stream()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(300, contacts.counts().created());
            SyncRun users = runs.stream()
                    .filter(r -> "csv".equals(r.connector()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(2, ingest.rejects(users.id()).size());
        }
    }

    @Test
    void importsNothingButTheFrontDoorsPackage() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(source)) {
                    if (line.startsWith("import dev.ingest.")) {
                        assertTrue(
                                line.matches("import dev\\.ingest\\.core\\.[A-Z]\\w*;"),
                                source + " imports beyond the front door: " + line);
                    }
                }
            }
        }
    }

    @Test
    void theLibraryJarsNameTheirModules() throws Exception {
        Path jar = Path.of(Ingest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals("dev.ingest.core", file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }
}
