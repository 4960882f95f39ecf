package dev.ingest.core.warehouse;

import dev.ingest.core.spi.ColumnType;
import org.jooq.SQLDialect;

import java.sql.SQLException;

final class PostgresDialect implements WarehouseDialect {

    @Override
    public SQLDialect jooq() {
        return SQLDialect.POSTGRES;
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type) {
            case TEXT -> "text";
            case INTEGER -> "bigint";
            case DECIMAL -> "numeric";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIMESTAMP -> "timestamptz";
            // jsonb, not json: json has no equality, and unchanged rows are found by comparing values
            case JSON -> "jsonb";
        };
    }

    @Override
    public RowWriter bulkWriter() {
        return new PostgresCopyWriter();
    }

    @Override
    public MergeStrategy merge() {
        return new OnConflictMerge();
    }

    @Override
    public boolean isDuplicateKey(SQLException error) {
        return "23505".equals(error.getSQLState());
    }
}
