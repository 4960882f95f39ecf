package dev.ingest.genius.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableCatalogTest {

    @TempDir
    Path directory;

    @Test
    void builtInStreamsLoadParentsBeforeChildren() {
        List<String> names =
                TableCatalog.builtIn().stream().map(TableDefinition::name).toList();

        assertThat(names).containsSubsequence("divisions", "users", "prospects", "appointments", "quotes");
        assertThat(names).containsSubsequence("marketing_source_types", "marketing_sources", "prospects");
        assertThat(names).containsSubsequence("prospects", "prospect_addresses", "prospect_phones", "prospect_emails");
        assertThat(names)
                .containsSubsequence("appointment_results", "appointments", "services", "quote_statuses", "quotes");
        TableDefinition prospects = TableCatalog.builtIn().get(names.indexOf("prospects"));
        assertThat(prospects.cursor()).isEqualTo("updated_at");
        assertThat(prospects.softDelete()).isEqualTo("is_deleted");
        assertThat(prospects.column("id").column().type()).as("unsigned BIGINT").isEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void aSiteFileReplacesAddsAndSkipsStreams() throws IOException {
        Path file = write("""
                streams:
                  - name: prospects
                    table: tbl_prospect
                    key: [id]
                    cursor: updated_at
                    columns:
                      id: decimal
                      first_name: {type: text, source: FirstName}
                      updated_at: {type: timestamp, source: ModifiedDate}
                  - name: referrals
                    table: referral
                    key: [id]
                    columns: {id: integer, prospect_id: decimal}
                  - name: quotes
                    skip: true
                """);

        List<TableDefinition> definitions = TableCatalog.withOverride(file, "GENIUS_TABLES_FILE");

        List<String> names = definitions.stream().map(TableDefinition::name).toList();
        assertThat(names)
                .doesNotContain("quotes")
                .endsWith("referrals")
                .containsSubsequence("users", "prospects", "appointments");
        TableDefinition prospects = definitions.get(names.indexOf("prospects"));
        assertThat(prospects.table()).isEqualTo("tbl_prospect");
        assertThat(prospects.column("first_name").source()).isEqualTo("FirstName");
        assertThat(prospects.column("updated_at").source()).isEqualTo("ModifiedDate");
        assertThat(prospects.softDelete()).isNull();
    }

    @Test
    void aBadDefinitionIsNamedInOneLine() throws IOException {
        Path badType = write("streams:\n  - {name: leads, table: lead, key: [id], columns: {id: number}}\n");
        Path badCursor = write(
                "streams:\n  - {name: leads, table: lead, key: [id], cursor: name, columns: {id: integer, name: text}}\n");
        Path badKey = write("streams:\n  - {name: leads, table: lead, key: [lead_id], columns: {id: integer}}\n");

        assertThatThrownBy(() -> TableCatalog.withOverride(badType, "GENIUS_TABLES_FILE"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("GENIUS_TABLES_FILE (" + badType + "), line 2, stream leads: column id has type 'number';"
                        + " the types are text, integer, decimal, boolean, date, timestamp, json");
        assertThatThrownBy(() -> TableCatalog.withOverride(badCursor, "GENIUS_TABLES_FILE"))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("stream leads: cursor name must be a timestamp column");
        assertThatThrownBy(() -> TableCatalog.withOverride(badKey, "GENIUS_TABLES_FILE"))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("stream leads: stream leads has no column lead_id");
        assertThatThrownBy(() -> TableCatalog.withOverride(directory.resolve("none.yaml"), "GENIUS_TABLES_FILE"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("GENIUS_TABLES_FILE: cannot read");
    }

    @Test
    void aStreamNameThatIsEmptyMalformedRepeatedOrUnknownOrAnEmptyTableIsRefusedNamingTheFileLineAndName()
            throws IOException {
        Path empty = write("streams:\n  - name: ''\n    table: lead\n    key: [id]\n    columns: {id: integer}\n");
        Path malformed = write("streams:\n  - {name: leads, table: lead, key: [id], columns: {id: integer}}\n"
                + "  - {name: Web Leads!, table: web_lead, key: [id], columns: {id: integer}}\n");
        Path repeated = write("streams:\n  - {name: leads, table: lead, key: [id], columns: {id: integer}}\n"
                + "  - {name: leads, table: web_lead, key: [id], columns: {id: integer}}\n");
        Path unknownSkip = write("streams:\n  - name: quotez\n    skip: true\n");
        Path noTable = write("streams:\n  - {name: leads, table: '', key: [id], columns: {id: integer}}\n");

        assertThatThrownBy(() -> TableCatalog.withOverride(empty, "GENIUS_TABLES_FILE"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("GENIUS_TABLES_FILE (" + empty + "), line 2: a stream needs 'name'");
        assertThatThrownBy(() -> TableCatalog.withOverride(malformed, "GENIUS_TABLES_FILE"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("GENIUS_TABLES_FILE (" + malformed
                        + "), line 3: stream name 'Web Leads!' must be lower-case letters,"
                        + " digits and underscores, starting with a letter or underscore, at most 63 characters");
        assertThatThrownBy(() -> TableCatalog.withOverride(repeated, "GENIUS_TABLES_FILE"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("GENIUS_TABLES_FILE (" + repeated
                        + "), line 3: stream leads is defined twice (first on line 2)");
        assertThatThrownBy(() -> TableCatalog.withOverride(noTable, "GENIUS_TABLES_FILE"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("GENIUS_TABLES_FILE (" + noTable + "), line 2, stream leads: needs 'table'");
        assertThatThrownBy(() -> TableCatalog.withOverride(unknownSkip, "GENIUS_TABLES_FILE"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("GENIUS_TABLES_FILE (" + unknownSkip
                        + "), line 2: stream quotez is skipped but there is no such stream;"
                        + " the built-in ones: divisions, users,");
    }

    @Test
    void eachDefinitionSaysWhereItIsDefined() throws IOException {
        Path file = write(
                "# a site's own leads\nstreams:\n  - {name: leads, table: lead, key: [id], columns: {id: integer}}\n");

        List<TableDefinition> definitions = TableCatalog.withOverride(file, "GENIUS_TABLES_FILE");

        assertThat(definitions.get(definitions.size() - 1).origin())
                .isEqualTo("GENIUS_TABLES_FILE (" + file + "), line 3");
        assertThat(definitions.get(0).origin()).isEqualTo("built-in /dev/ingest/genius/streams.yaml, line 14");
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(directory, "tables", ".yaml");
        return Files.writeString(file, yaml);
    }
}
