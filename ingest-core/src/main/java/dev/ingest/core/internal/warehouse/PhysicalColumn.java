package dev.ingest.core.internal.warehouse;

/**
 * A column as the warehouse holds it.
 *
 * @param type the warehouse's own name of its type, lower case ({@code information_schema.columns.data_type})
 */
public record PhysicalColumn(String name, String type) {}
