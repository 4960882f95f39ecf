package dev.ingest.core.spi;

/**
 * A record set aside, with why.
 *
 * @param sourceId the record's id at the source when known, else {@code null}
 * @param reason   what is wrong, for a person: {@code "email: 'bob@' is not an email address"}
 */
public record Rejection(String sourceId, String reason) implements Outcome {}
