package dev.ingest.core.spi;

import java.util.regex.Pattern;

/**
 * A typed column of a stream's table. Names are lower snake_case so they need no quoting in SQL. Immutable.
 *
 * @param name the column's name: lower snake_case, at most 63 characters, not starting with {@code _}
 * @param type its warehouse type, which fixes the Java class of its values in a {@link Row}
 */
public record Column(String name, ColumnType type) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /**
     * Validates the name and type.
     *
     * @param name the column's name
     * @param type its type
     * @throws IllegalArgumentException when the name is not lower snake_case of at most 63 characters, starts with
     *                                  {@code _} (the engine's own columns do: {@code _raw}, {@code _run_id}, ...), or
     *                                  the type is {@code null}
     */
    public Column {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "column name must be lower snake_case of at most 63 characters: " + name);
        }
        if (name.startsWith("_")) {
            throw new IllegalArgumentException("column names starting with _ are kept for the engine: " + name);
        }
        if (type == null) {
            throw new IllegalArgumentException("column " + name + " needs a type");
        }
    }

    /**
     * A text column.
     *
     * @param name the column's name
     * @return a {@link ColumnType#TEXT} column
     */
    public static Column text(String name) {
        return new Column(name, ColumnType.TEXT);
    }

    /**
     * A whole-number column.
     *
     * @param name the column's name
     * @return a {@link ColumnType#INTEGER} column
     */
    public static Column integer(String name) {
        return new Column(name, ColumnType.INTEGER);
    }

    /**
     * An exact decimal column.
     *
     * @param name the column's name
     * @return a {@link ColumnType#DECIMAL} column
     */
    public static Column decimal(String name) {
        return new Column(name, ColumnType.DECIMAL);
    }

    /**
     * A boolean column.
     *
     * @param name the column's name
     * @return a {@link ColumnType#BOOLEAN} column
     */
    public static Column bool(String name) {
        return new Column(name, ColumnType.BOOLEAN);
    }

    /**
     * A date column.
     *
     * @param name the column's name
     * @return a {@link ColumnType#DATE} column
     */
    public static Column date(String name) {
        return new Column(name, ColumnType.DATE);
    }

    /**
     * A timestamp column.
     *
     * @param name the column's name
     * @return a {@link ColumnType#TIMESTAMP} column
     */
    public static Column timestamp(String name) {
        return new Column(name, ColumnType.TIMESTAMP);
    }

    /**
     * A JSON column.
     *
     * @param name the column's name
     * @return a {@link ColumnType#JSON} column
     */
    public static Column json(String name) {
        return new Column(name, ColumnType.JSON);
    }
}
