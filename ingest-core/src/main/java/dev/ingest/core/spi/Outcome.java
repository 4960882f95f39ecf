package dev.ingest.core.spi;

/** What a processor made of a raw record. */
public sealed interface Outcome permits Row, Rejection {}
