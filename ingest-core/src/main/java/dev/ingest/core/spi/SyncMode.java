package dev.ingest.core.spi;

/** How a reader's window is bounded: the whole source, or what changed since a cursor. */
public enum SyncMode {
    /** Every record the source has. */
    FULL,
    /** Records whose cursor field is at or after a cursor. */
    INCREMENTAL;

    /**
     * The mode as run records and progress show it.
     *
     * @return {@code full} or {@code incremental}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
