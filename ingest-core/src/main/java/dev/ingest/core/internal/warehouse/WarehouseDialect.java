package dev.ingest.core.internal.warehouse;

import dev.ingest.core.spi.ColumnType;
import java.sql.SQLException;
import org.jooq.SQLDialect;

/** What differs between warehouses: their SQL types and their fast way of filling a staging table. */
interface WarehouseDialect {

    SQLDialect jooq();

    /** The SQL type of a column of the given type. */
    String typeName(ColumnType type);

    /** The bulk path for large batches: PostgreSQL's COPY, DuckDB's appender. */
    RowWriter bulkWriter();

    MergeStrategy merge();

    /** A statement after which the transaction's commit need not wait for its log to reach disk, or null where there is none. */
    String deferLogFlush();

    /** A statement that holds, until its transaction ends, a lock every schema change of this tool takes; or null where none is needed. */
    String schemaLock();

    /** What follows a stream table's column list in its CREATE TABLE: storage options, or nothing. */
    String tableOptions();

    /** Whether the warehouse refused a write because a key already exists. */
    boolean isDuplicateKey(SQLException error);
}
