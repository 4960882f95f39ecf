package dev.ingest.core.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One record as the source gave it.
 *
 * @param data         the record as JSON: an API's object, a CSV row keyed by header, a database row
 *                     keyed by column; it is stored in the warehouse's {@code _raw} column
 * @param location     where it came from, for people reading rejects ({@code "line 12"}), or {@code null}
 * @param originalText the exact source text when there is one (a CSV line), stored with a rejection
 *                     so that nothing is lost; {@code null} when {@code data} is the source's own form
 */
public record RawRecord(ObjectNode data, String location, String originalText) {

    public static RawRecord of(ObjectNode data) {
        return new RawRecord(data, null, null);
    }
}
