package dev.ingest.csv;

import static dev.ingest.csv.ImportHarness.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.Ingest;
import dev.ingest.core.RejectedRecord;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.spi.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV import through the embedding front door, as an application calls it. */
class IngestCsvImportIT {

    @Test
    void importsAFileAndSetsItsBadRowsAsideWithTheirReasons(@TempDir Path directory) {
        try (Ingest ingest = Ingest.embedded(directory)) {
            SyncReport report =
                    ingest.importCsv(fixture("genius_users.csv"), "genius_users", Map.of(), false, SyncListener.NONE);

            StreamResult users = report.streams().get(0);
            assertThat(users.status()).isEqualTo(RunStatus.PARTIAL);
            assertThat(users.counts().created()).isEqualTo(3);
            assertThat(users.counts().rejected()).isEqualTo(2);
            assertThat(ingest.rejects(users.runId()))
                    .extracting(RejectedRecord::location)
                    .containsExactly("line 4", "line 5");
            assertThat(ingest.run(users.runId()))
                    .get()
                    .extracting(run -> run.counts())
                    .isEqualTo(users.counts());
        }
    }

    @Test
    void aDryRunPreviewsTheMappedRowsAndLoadsNothing(@TempDir Path directory) {
        try (Ingest ingest = Ingest.embedded(directory)) {
            SyncReport report = ingest.importCsv(
                    fixture("hubspot_contacts.csv"), "hubspot_contacts", Map.of(), true, SyncListener.NONE);

            assertThat(report.dryRun()).isTrue();
            assertThat(report.streams().get(0).sample()).isNotEmpty();
            assertThat(report.streams().get(0).runId()).isNull();
        }
    }

    @Test
    void anUnknownProfileIsNamed(@TempDir Path directory) {
        try (Ingest ingest = Ingest.embedded(directory)) {
            assertThatThrownBy(() -> ingest.importCsv(
                            fixture("genius_users.csv"), "nosuch_profile", Map.of(), false, SyncListener.NONE))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("nosuch_profile");
        }
    }
}
