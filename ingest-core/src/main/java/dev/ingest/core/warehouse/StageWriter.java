package dev.ingest.core.warehouse;

import dev.ingest.core.spi.Column;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Fills the staging table of one batch. The staging table has the stream's columns in order, then
 * {@code _raw} and {@code _deleted_at}.
 */
interface StageWriter {

    void write(Connection connection, String stage, List<Column> columns, List<StagedRow> rows) throws SQLException;
}
