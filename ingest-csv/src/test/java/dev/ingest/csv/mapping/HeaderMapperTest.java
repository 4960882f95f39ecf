package dev.ingest.csv.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.csv.profile.DateOrder;
import dev.ingest.csv.profile.FieldType;
import dev.ingest.csv.profile.Profile;
import dev.ingest.csv.profile.ProfileColumn;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderMapperTest {

    private static final Profile PEOPLE = new Profile(
            "people",
            "",
            "people",
            List.of("id"),
            ZoneOffset.UTC,
            DateOrder.US,
            List.of(
                    new ProfileColumn("id", FieldType.INTEGER, true, List.of("Person #")),
                    new ProfileColumn(
                            "email", FieldType.EMAIL, false, List.of("E-mail", "Email Address", "email_addr")),
                    new ProfileColumn("prenom", FieldType.TEXT, false, List.of())),
            false);

    @Test
    void matchesIgnoringCaseSpacesPunctuationAndAccents() {
        HeaderMapping mapping =
                HeaderMapper.map(List.of(" PERSON # ", "EMAIL-ADDR", "Prénom", "Notes", "Notes"), PEOPLE, Map.of());

        assertThat(mapping.mapped())
                .extracting(m -> m.header() + " -> " + m.column() + " (" + m.how() + ")")
                .containsExactly(
                        "PERSON # -> id (alias 'Person #')",
                        "EMAIL-ADDR -> email (alias 'email_addr')",
                        "Prénom -> prenom (name)");
        assertThat(mapping.unmapped()).containsExactly("Notes", "Notes (2)");
        assertThat(mapping.absent()).isEmpty();
    }

    @Test
    void snakeCasesHeadersForTheGenericProfile() {
        assertThat(Names.snakeCase("Lead ID")).isEqualTo("lead_id");
        assertThat(Names.snakeCase("  Coût (€) / mois ")).isEqualTo("cout_mois");
        assertThat(Names.snakeCase("2nd Phone")).isEqualTo("c_2nd_phone");
        assertThat(Names.snakeCase("***")).isEqualTo("column");
    }

    @Test
    void aHeaderNamedLikeRawsKeyForFieldsPastTheHeaderIsNumbered() {
        assertThat(HeaderMapper.unique(List.of("_extra", "Name", "", "Name")))
                .containsExactly("_extra (2)", "Name", "column 3", "Name (2)");
    }
}
