/**
 * Realistic sample values (people, companies, amounts, dates) for connectors' seeders and sample sources, each a pure
 * function of a seed and an index.
 */
package dev.ingest.core.spi.seed;
