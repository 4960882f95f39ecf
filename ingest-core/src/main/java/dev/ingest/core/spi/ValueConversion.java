package dev.ingest.core.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How {@link JsonFields} turns a JSON value that is present and not null into a value of a column's type. The
 * standard conversion reads JSON as REST APIs write it; a source with its own conventions (a database's zero dates,
 * local times in its zone, 0/1 flags) supplies its own.
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
}
