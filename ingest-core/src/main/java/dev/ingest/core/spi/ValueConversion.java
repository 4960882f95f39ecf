package dev.ingest.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;

/**
 * How {@link JsonFields} turns a JSON value that is present and not null into a value of a column's type, and back.
 * The standard conversion reads JSON as REST APIs write it; a source with its own conventions (a database's zero
 * dates, local times in its zone, 0/1 flags) supplies its own.
 */
@FunctionalInterface
public interface ValueConversion {

    /**
     * @param type the column's type
     * @param node the JSON value, present and not JSON {@code null}
     * @return the value, of the Java type {@code type} holds, or {@code null} where the source means "no value"
     * @throws InvalidValueException naming what is wrong with the value; any other runtime exception is reported as
     *     the value not being of the type
     */
    Object convert(ColumnType type, JsonNode node);

    /**
     * The JSON value, as the source writes it, that {@link #convert} turns into {@code value} (not null): how a record
     * is rebuilt from its row. A field whose value does not come back this way exactly (another format, an offset a
     * timestamp column does not keep) stays in {@code _raw} as the source gave it.
     *
     * @param type  the column's type
     * @param value a value {@link #convert} returned for {@code type}, not null
     * @return the JSON value, or {@code null} when the source's form cannot be told from the value: every field of
     *     the type then stays in {@code _raw}
     */
    default JsonNode render(ColumnType type, Object value) {
        return null;
    }

    /**
     * A decimal as a JSON number without the trailing zeros a warehouse's scale adds ({@code 12.5000000000} as {@code
     * 12.5}, {@code 1008.0000000000} as {@code 1008}), written out plain: a reader then takes a whole one for an
     * integer, not a double that would round it.
     *
     * @param value a decimal, not null
     * @return the JSON number
     */
    static JsonNode number(BigDecimal value) {
        return DecimalNode.valueOf(new BigDecimal(value.stripTrailingZeros().toPlainString()));
    }
}
