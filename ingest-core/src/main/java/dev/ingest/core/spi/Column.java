package dev.ingest.core.spi;

import java.util.regex.Pattern;

/** A typed column of a stream's table. Names are lower snake_case so they need no quoting in SQL. */
public record Column(String name, ColumnType type) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

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

    public static Column text(String name) {
        return new Column(name, ColumnType.TEXT);
    }

    public static Column integer(String name) {
        return new Column(name, ColumnType.INTEGER);
    }

    public static Column decimal(String name) {
        return new Column(name, ColumnType.DECIMAL);
    }

    public static Column bool(String name) {
        return new Column(name, ColumnType.BOOLEAN);
    }

    public static Column date(String name) {
        return new Column(name, ColumnType.DATE);
    }

    public static Column timestamp(String name) {
        return new Column(name, ColumnType.TIMESTAMP);
    }

    public static Column json(String name) {
        return new Column(name, ColumnType.JSON);
    }
}
