package dev.ingest.core.warehouse;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Streams rows with COPY: in the binary format when every column has the type the stream's values
 * are written for (the tables this library creates), else in the text format any column reads.
 */
final class PostgresCopyWriter implements RowWriter {

    @Override
    public void write(Connection connection, String schema, String table, RowLayout layout, List<StagedRow> rows) throws SQLException {
        boolean binary = CopyBinaryRows.canWrite(layout);
        String sql = "COPY " + RowWriter.qualified(schema, table) + " (" + layout.quotedColumnList() + ") FROM STDIN"
                + (binary ? " (FORMAT binary)" : "");
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            CopyBuffer out = new CopyBuffer(copy);
            CopyRows encoder = binary ? new CopyBinaryRows(out) : new CopyTextRows(out);
            for (StagedRow row : rows) {
                encoder.row(layout, row);
            }
            encoder.end();
            out.flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
