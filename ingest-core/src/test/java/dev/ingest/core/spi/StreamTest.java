package dev.ingest.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StreamTest {

    private static final Processor NONE = r -> new Rejection(null, "unused");

    @Test
    void keyAndCursorMustBeDeclaredColumns() {
        List<Column> columns = List.of(Column.integer("id"), Column.timestamp("updated_at"));

        assertThatThrownBy(() -> new Stream("s", "s", List.of("uid"), columns, null, NONE))
                .hasMessageContaining("key uid is not a column");
        assertThatThrownBy(() -> new Stream("s", "s", List.of("id"), columns, "modified", NONE))
                .hasMessageContaining("cursor modified");
        assertThat(new Stream("s", "s", List.of("id"), columns, "updated_at", NONE).cursorColumn())
                .contains(columns.get(1));
    }

    @Test
    void columnNamesAreSnakeCaseAndLeaveUnderscoreNamesToTheEngine() {
        assertThatThrownBy(() -> Column.text("First Name")).hasMessageContaining("lower snake_case");
        assertThatThrownBy(() -> Column.text("_raw")).hasMessageContaining("kept for the engine");
        assertThatThrownBy(() -> new Stream(
                        "s", "s", List.of("id"), List.of(Column.integer("id"), Column.text("id")), null, NONE))
                .hasMessageContaining("declares column id twice");
    }

    @Test
    void cursorValuesSurviveTheirTextForm() {
        for (ColumnType type : ColumnType.values()) {
            Object value = switch (type) {
                case TEXT, JSON -> "abc";
                case INTEGER -> 42L;
                case DECIMAL -> new java.math.BigDecimal("12.50");
                case BOOLEAN -> true;
                case DATE -> java.time.LocalDate.of(2024, 2, 29);
                case TIMESTAMP -> java.time.Instant.parse("2024-02-29T10:15:30.123Z");
            };
            assertThat(type.parse(type.format(value))).isEqualTo(value);
        }
    }
}
