package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.ColumnType;
import java.sql.SQLException;
import org.jooq.SQLDialect;

final class PostgresDialect implements WarehouseDialect {

    /** The advisory lock key of this tool's schema changes: any fixed number, taken by nothing else in the database. */
    private static final long SCHEMA_LOCK_KEY = 0x696e67657374L;

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
    public String deferLogFlush() {
        return "SET LOCAL synchronous_commit = off";
    }

    @Override
    public String schemaLock() {
        return "SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK_KEY + ")";
    }

    /**
     * Pages kept a twentieth free, room for a new version of about two rows each: an incremental merge that changes
     * 1% of a table's rows (half a row a page) rewrites each in its own page (a HOT update) instead of moving it and
     * adding a key index entry. Measured on 1M Genius prospects (bench/README.md, 2026-12-07): every one of the 10,000
     * updates HOT at 95 as at 90, none at 100, which wrote half as much WAL again; 95 costs half of 90's space.
     */
    @Override
    public String tableOptions() {
        return " WITH (fillfactor = 95)";
    }

    @Override
    public boolean isDuplicateKey(SQLException error) {
        return "23505".equals(error.getSQLState());
    }
}
