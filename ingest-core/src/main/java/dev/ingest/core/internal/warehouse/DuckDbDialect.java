package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.ColumnType;
import java.sql.SQLException;
import org.jooq.SQLDialect;

final class DuckDbDialect implements WarehouseDialect {

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
            case DECIMAL -> "DECIMAL(38,10)";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMPTZ";
            case JSON -> "JSON";
        };
    }

    @Override
    public RowWriter bulkWriter() {
        return new DuckDbAppenderWriter();
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
        return message.contains("Constraint Error") && message.contains("Duplicate key");
    }
}
