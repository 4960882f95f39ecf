package com.example.crmsync;

import dev.ingest.core.Ingest;
import dev.ingest.core.RunStatus;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import java.nio.file.Path;
import java.util.Map;

/** An application's use of ingest: the front door only. */
public final class CrmSync {

    private CrmSync() {}

    /** Syncs the sample connector, then imports a CSV export, into the DuckDB warehouse under {@code directory}. */
    public static RunStatus syncThenImport(Path directory, Path csv) {
        try (Ingest ingest = Ingest.embedded(directory)) {
            SyncReport sync = ingest.sync("sample", Map.of("SAMPLE_COUNT", "300"));
            SyncReport imported = ingest.importCsv(csv, "genius_users", Map.of(), false, SyncListener.NONE);
            return sync.status() == RunStatus.SUCCESS ? imported.status() : sync.status();
        }
    }
}
