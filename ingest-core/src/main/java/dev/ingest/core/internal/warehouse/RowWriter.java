package dev.ingest.core.internal.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes rows into a table, columns as the layout says: a staging table, or an empty stream table directly. */
interface RowWriter {

    /**
     * @param schema the table's schema, or {@code null} for the session's temporary staging table
     */
    void write(Connection connection, String schema, String table, RowLayout layout, List<StagedRow> rows)
            throws SQLException;

    static String qualified(String schema, String table) {
        return schema == null ? Sql.quote(table) : Sql.quote(schema) + "." + Sql.quote(table);
    }
}
