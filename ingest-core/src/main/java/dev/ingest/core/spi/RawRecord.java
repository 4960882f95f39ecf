package dev.ingest.core.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One record as the source gave it. Most sources hand over a parsed JSON object ({@link #of(ObjectNode)});
 * a source whose records are not JSON to begin with (a CSV row) may implement this itself, to render
 * {@link #json()} straight from its own form instead of building a JSON tree for every record.
 */
public interface RawRecord {

    /**
     * The record as JSON: an API's object, a CSV row keyed by header, a database row keyed by column;
     * {@code null} when the source gave nothing.
     */
    ObjectNode data();

    /**
     * The record's JSON text, stored in the warehouse's {@code _raw} column: by default {@link #data()} written out.
     * A source may keep less where its columns hold the rest as given (a CSV row keeps the headers matched to
     * no column), and {@code null} when that leaves nothing.
     */
    default String json() {
        ObjectNode data = data();
        return data == null ? null : data.toString();
    }

    /** Where it came from, for people reading rejects ({@code "line 12"}), or {@code null}. */
    String location();

    /**
     * The exact source text when there is one (a CSV line), stored with a rejection so that nothing is
     * lost; {@code null} when {@link #data()} is the source's own form.
     */
    String originalText();

    static RawRecord of(ObjectNode data) {
        return new JsonRecord(data, null, null);
    }

    static RawRecord of(ObjectNode data, String location, String originalText) {
        return new JsonRecord(data, location, originalText);
    }

    /** A record that is a parsed JSON object. */
    record JsonRecord(ObjectNode data, String location, String originalText) implements RawRecord {}
}
