/**
 * What a connector supplies: a {@link dev.ingest.core.spi.Connector} found through
 * {@link java.util.ServiceLoader}, which opens a {@link dev.ingest.core.spi.Client} and declares
 * {@link dev.ingest.core.spi.Stream}s, each with the {@link dev.ingest.core.spi.Processor} that turns
 * the client's raw records into rows. Files, databases and HTTP APIs all fit this one shape; the
 * engine knows nothing of where records come from.
 */
package dev.ingest.core.spi;
