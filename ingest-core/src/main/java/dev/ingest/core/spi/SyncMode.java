package dev.ingest.core.spi;

public enum SyncMode {
    /** Every record the source has. */
    FULL,
    /** Records whose cursor field is at or after a cursor. */
    INCREMENTAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
