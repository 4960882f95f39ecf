package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key in the {@code --config} file that no connector declares, and that is no warehouse key, is a mistake (a typo
 * would otherwise leave the setting unset without a word): exit 2 and one line naming the file, the key and the
 * closest valid key. The environment has many unrelated variables, so it is not checked.
 */
class ConfigFileKeysTest {

    private static final Map<String, String> ENV = Map.of("TESTCRM_API_KEY", "key");

    @TempDir
    Path dir;

    private Path config(String text) throws IOException {
        return Files.writeString(dir.resolve("ingest.properties"), text);
    }

    private static IngestCli.Result check(Map<String, String> environment, Path config) {
        return IngestCli.run(environment, "--config=" + config, "check", "testcrm");
    }

    private static void assertRefused(IngestCli.Result result, String expectedLine) {
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("ingest: " + expectedLine + System.lineSeparator());
    }

    @Test
    void a_misspelt_key_is_named_with_the_file_and_the_closest_valid_key() throws IOException {
        Path config = config("TESTCRM_API_KEY=key\nHUBSPOT_ACCES_TOKEN=pat-secret\n");

        assertRefused(
                check(Map.of(), config),
                "--config file " + config
                        + " has unknown key HUBSPOT_ACCES_TOKEN (did you mean HUBSPOT_ACCESS_TOKEN?)");
    }

    @Test
    void a_key_in_lower_case_is_shown_the_valid_spelling() throws IOException {
        Path config = config("testcrm_region=us\n");

        assertRefused(
                check(ENV, config),
                "--config file " + config + " has unknown key testcrm_region (did you mean TESTCRM_REGION?)");
    }

    @Test
    void a_key_close_to_no_valid_key_is_named_alone_and_every_unknown_key_is_named() throws IOException {
        Path config = config("TESTCRM_API_KEY=key\nFAVOURITE_COLOUR=blue\nTESTCRM_REGON=us\n");

        assertRefused(
                check(Map.of(), config),
                "--config file " + config
                        + " has unknown keys FAVOURITE_COLOUR, TESTCRM_REGON (did you mean TESTCRM_REGION?)");
    }

    @Test
    void every_connector_s_settings_the_shared_ones_and_the_warehouse_keys_are_valid_keys() throws IOException {
        Path config = config("TESTCRM_API_KEY=key\nHUBSPOT_ACCESS_TOKEN=pat-secret\nGENIUS_DB_PASSWORD=x\n"
                + "INGEST_RAW=all\nTESTCRM_RAW=unmapped\n"
                + WarehouseConfig.URL_VARIABLE + "=jdbc:duckdb:" + dir.resolve("w.duckdb") + "\n"
                + WarehouseConfig.USER_VARIABLE + "=me\n" + WarehouseConfig.PASSWORD_VARIABLE + "=secret\n");

        IngestCli.Result result = check(Map.of(), config);

        assertThat(result.exitCode()).as(result.all()).isZero();
    }

    @Test
    void unknown_environment_variables_are_not_errors() throws IOException {
        Path config = config("TESTCRM_REGION=us\n");

        IngestCli.Result result = check(
                Map.of("TESTCRM_API_KEY", "key", "TESTCRM_REGON", "us", "HUBSPOT_ACCES_TOKEN", "x", "PATH", "/usr/bin"),
                config);

        assertThat(result.exitCode()).as(result.all()).isZero();
    }

    @Test
    void theWarehouseKeysOfTheFileChooseTheWarehouseAndAnUnknownKeyIsRefusedByEveryCommand() throws IOException {
        String fromFile = "jdbc:duckdb:" + dir.resolve("from-file.duckdb");
        Path good = config(WarehouseConfig.URL_VARIABLE + "=" + fromFile + "\n");

        IngestCli.Result synced = IngestCli.run(ENV, "--config=" + good, "sync", "testcrm", "people");
        IngestCli.Result history = IngestCli.run(ENV, "--config=" + config("INGEST_WAREHOUSE_URLL=x\n"), "history");

        assertThat(synced.exitCode()).as(synced.all()).isZero();
        assertThat(synced.out()).contains("testcrm into " + fromFile);
        assertThat(history.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(history.err()).contains("unknown key INGEST_WAREHOUSE_URLL (did you mean INGEST_WAREHOUSE_URL?)");
    }
}
