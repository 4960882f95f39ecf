package dev.ingest.csv.profile;

import dev.ingest.core.spi.ColumnType;
import java.util.Locale;

/** What a profile column holds: the warehouse type plus the cleaning it needs. */
public enum FieldType {
    TEXT(ColumnType.TEXT),
    INTEGER(ColumnType.INTEGER),
    DECIMAL(ColumnType.DECIMAL),
    /** {@code $1,234.50}, {@code (12.00)}: stored as an exact decimal. */
    MONEY(ColumnType.DECIMAL),
    BOOLEAN(ColumnType.BOOLEAN),
    DATE(ColumnType.DATE),
    TIMESTAMP(ColumnType.TIMESTAMP),
    /** Trimmed, lower-cased, syntax checked. */
    EMAIL(ColumnType.TEXT),
    /** E.164, extension kept as {@code ;ext=}. */
    PHONE(ColumnType.TEXT),
    /** US ZIP or ZIP+4, leading zeros kept. */
    ZIP(ColumnType.TEXT),
    /** Two-letter US state or territory code. */
    STATE(ColumnType.TEXT);

    private final ColumnType columnType;

    FieldType(ColumnType columnType) {
        this.columnType = columnType;
    }

    public ColumnType columnType() {
        return columnType;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
