package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "JSON output" names every field the documents have, in their order. */
class JsonShapeReadmeTest {

    @TempDir
    Path dir;

    @Test
    void the_readme_names_the_fields_of_a_run_and_of_a_state() throws IOException {
        OpsCommandFixture ops = new OpsCommandFixture(dir);
        ops.ingest("sync", "testcrm");
        String readme = Files.readString(Path.of("..", "README.md"));

        JsonNode run = ops.json("runs", "--json", "--limit=1").get("runs").get(0);
        assertThat(fieldNames(run)).isEqualTo(documented(readme, "a run is its `ingest.sync_history` row:"));
        JsonNode state = ops.json("state", "--json").get("states").get(0);
        assertThat(fieldNames(state)).isEqualTo(documented(readme, "- `state`: `{\"states\": ["));
    }

    @Test
    void the_readme_names_the_fields_of_a_sync_and_of_an_import() throws IOException {
        OpsCommandFixture ops = new OpsCommandFixture(dir);
        Path file = Files.writeString(
                dir.resolve("users.csv"), "User #,First Name,Last Name,E-mail\n101,Ana,Lima,ana@example.com\n");
        String readme = Files.readString(Path.of("..", "README.md"));

        JsonNode sync = ops.json("sync", "testcrm", "people", "--json");
        assertThat(fieldNames(sync)).isEqualTo(documented(readme, "- `sync`: `{"));
        JsonNode imported = ops.json("import", "genius_users", file.toString(), "--json");
        assertThat(fieldNames(imported)).isEqualTo(documented(readme, "- `import`: `{"));
        assertThat(fieldNames(imported.get("runs").get(0)))
                .isEqualTo(fieldNames(sync.get("runs").get(0)));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The quoted names in the README's first {@code {...}} after {@code lead}. */
    private static List<String> documented(String readme, String lead) {
        int from = readme.indexOf("{", readme.indexOf(lead) + lead.length() - 1);
        String object = readme.substring(from, readme.indexOf("}", from));
        List<String> names = new ArrayList<>();
        Matcher name = Pattern.compile("\"([a-z_]+)\"").matcher(object);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
