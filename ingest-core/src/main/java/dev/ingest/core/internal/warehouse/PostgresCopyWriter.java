package dev.ingest.core.internal.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows with COPY: in the binary format when every column has the type the stream's values
 * are written for (the tables this library creates), else in the text format any column reads.
 */
public final class PostgresCopyWriter implements RowWriter {

    PostgresCopyWriter() {}

    @Override
    public void write(Connection connection, String schema, String table, RowLayout layout, List<StagedRow> rows)
            throws SQLException {
        boolean binary = CopyBinaryRows.canWrite(layout);
        String sql = "COPY " + RowWriter.qualified(schema, table) + " (" + layout.quotedColumnList() + ") FROM STDIN"
                + (binary ? " (FORMAT binary)" : "");
        copy(connection, sql, out -> {
            CopyRows encoder = binary ? new CopyBinaryRows(out) : new CopyTextRows(out);
            for (StagedRow row : rows) {
                encoder.row(layout, row);
            }
            encoder.end();
        });
    }

    /**
     * Plain values into one of the library's own tables, whose rows are no stream's, in the text format.
     *
     * @param qualifiedTable the table's name as SQL, quoted as needed
     * @param columnList     its columns' names as SQL, in the order of each row's values
     */
    public static void writeText(Connection connection, String qualifiedTable, String columnList, List<Object[]> rows)
            throws SQLException {
        copy(connection, "COPY " + qualifiedTable + " (" + columnList + ") FROM STDIN", out -> {
            CopyTextRows text = new CopyTextRows(out);
            for (Object[] row : rows) {
                text.row(row);
            }
        });
    }

    private interface Body {
        void write(CopyBuffer out) throws SQLException;
    }

    private static void copy(Connection connection, String sql, Body body) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            CopyBuffer out = new CopyBuffer(copy);
            body.write(out);
            out.flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
