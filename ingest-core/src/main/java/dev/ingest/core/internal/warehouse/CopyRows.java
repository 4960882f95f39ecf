package dev.ingest.core.internal.warehouse;

import java.sql.SQLException;

/** Encodes rows in one of COPY's formats into a {@link CopyBuffer}. */
interface CopyRows {

    void row(RowLayout layout, StagedRow row) throws SQLException;

    /** Writes what the format needs after the last row. */
    void end() throws SQLException;
}
