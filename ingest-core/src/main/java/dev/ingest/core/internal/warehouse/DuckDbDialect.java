package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.ColumnType;
import java.sql.SQLException;
import org.jooq.SQLDialect;

final class DuckDbDialect implements WarehouseDialect {

    /** Digits after the point of every DECIMAL column. */
    static final int DECIMAL_SCALE = 10;

    @Override
    public SQLDialect jooq() {
        return SQLDialect.DUCKDB;
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type) {
            case TEXT -> "VARCHAR";
            case INTEGER -> "BIGINT";
            // 38 digits is DuckDB's widest; 28 before the point hold any unsigned 64-bit key
            case DECIMAL -> "DECIMAL(38," + DECIMAL_SCALE + ")";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMPTZ";
            case JSON -> "JSON";
        };
    }

    @Override
    public RowWriter bulkWriter() {
        return new DuckDbAppenderWriter(new InsertWriter(this));
    }

    @Override
    public MergeStrategy merge() {
        return new UpdateThenInsertMerge();
    }

    @Override
    public String deferLogFlush() {
        return null;
    }

    @Override
    public String schemaLock() {
        return null;
    }

    @Override
    public String tableOptions() {
        return "";
    }

    @Override
    public boolean isDuplicateKey(SQLException error) {
        String message = String.valueOf(error.getMessage());
        // "Constraint Error: Duplicate key ..." from a statement, "Failed to append: Duplicate key ..." from the
        // appender
        return message.contains("Duplicate key") && message.contains("violates primary key constraint");
    }
}
