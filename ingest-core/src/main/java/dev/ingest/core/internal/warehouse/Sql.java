package dev.ingest.core.internal.warehouse;

/** Identifier quoting shared by the SQL the loaders write; PostgreSQL and DuckDB quote alike. */
final class Sql {

    private Sql() {}

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
