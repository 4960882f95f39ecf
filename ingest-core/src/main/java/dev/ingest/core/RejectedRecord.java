package dev.ingest.core;

/**
 * A record set aside, as kept in {@code ingest.rejects}.
 *
 * @param sourceId its id at the source, when known
 * @param location where in the source it was ({@code "line 12"}), when known
 * @param reason   why it was set aside
 * @param payload  the record as the source gave it: the original text when there is one, else its JSON
 */
public record RejectedRecord(String sourceId, String location, String reason, String payload) {}
