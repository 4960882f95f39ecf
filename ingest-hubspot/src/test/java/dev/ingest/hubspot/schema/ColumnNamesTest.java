package dev.ingest.hubspot.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnNamesTest {

    @Test
    void propertyNamesBecomeLowerSnakeCaseColumnsTheCoreAccepts() {
        ColumnNames names = new ColumnNames(Set.of("id"));

        assertThat(names.add("hs_lead_status")).isEqualTo("hs_lead_status");
        assertThat(names.add("HS Lead-Status!")).isEqualTo("hs_lead_status_2");
        assertThat(names.add("leadSource")).isEqualTo("lead_source");
        assertThat(names.add("2nd_phone")).isEqualTo("p_2nd_phone");
        assertThat(names.add("_private")).isEqualTo("private");
        assertThat(names.add("id")).isEqualTo("id_2");
        assertThat(names.add("ünïcode")).isEqualTo("n_code");
        String longName = names.add("x".repeat(80));
        assertThat(longName).hasSize(63);
        assertThat(names.add("x".repeat(90))).hasSize(63).endsWith("_2");
        for (String name : Set.of(longName, names.add("---"))) {
            assertThat(new Column(name, ColumnType.TEXT).name()).isEqualTo(name);
        }
    }
}
