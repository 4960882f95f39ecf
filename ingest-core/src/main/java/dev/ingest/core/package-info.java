/**
 * The embedding API: {@link dev.ingest.core.Ingest}, the one front door an application opens on a warehouse to sync
 * connectors into it and read the record of its runs, and the immutable values it takes and returns. Connectors
 * implement {@link dev.ingest.core.spi}; the packages under {@code dev.ingest.core.internal} are not API and change
 * without notice.
 */
package dev.ingest.core;
