package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.internal.ConnectorRegistry;
import dev.ingest.core.spi.Connector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each connector module's README holds its settings table exactly as the declarations make it. */
class ModuleReadmeSettingsTest {

    @Test
    void everyConnectorModulesReadmeHoldsTheSettingsTableItsDeclarationsMake() throws IOException {
        int checked = 0;
        for (Connector connector : ConnectorRegistry.load().all()) {
            // Tests run in ingest-runner; connectors without a module of their own (sample, the test CRM) have no
            // README.
            Path module = Path.of("..", "ingest-" + connector.name());
            if (!Files.isDirectory(module)) {
                continue;
            }
            assertThat(Files.readString(module.resolve("README.md")))
                    .as("%s/README.md: paste `ingest connectors --format=markdown`'s table", module.getFileName())
                    .contains(SettingsMarkdown.of(connector));
            checked++;
        }
        assertThat(checked).as("connector modules checked").isGreaterThanOrEqualTo(3);
    }

    @Test
    void markdownFormatPrintsEachConnectorsTableUnderItsName() {
        IngestCli.Result result = IngestCli.run(java.util.Map.of(), "connectors", "--format=markdown");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("## testcrm settings\n\n| variable | type | required | default | description |\n")
                .contains("| `TESTCRM_API_KEY` | secret text | yes |  | the test CRM's API key |\n");
    }
}
