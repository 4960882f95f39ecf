package dev.ingest.core.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One record as the source gave it. Most sources hand over a parsed JSON object ({@link #of(ObjectNode)});
 * a source whose records are not JSON to begin with (a CSV row) may implement this itself, to render
 * {@link #json()} straight from its own form instead of building a JSON tree for every record.
 */
public interface RawRecord {

    /**
     * The record as JSON: an API's object, a CSV row keyed by header, a database row keyed by column.
     *
     * @return the object, or {@code null} when the source gave nothing
     */
    ObjectNode data();

    /**
     * The record's JSON text, stored in the warehouse's {@code _raw} column: by default {@link #data()} written out.
     * A source may keep less where its columns hold the rest as given (a CSV row keeps the headers matched to
     * no column).
     *
     * @return the JSON text, or {@code null} when there is nothing to keep
     */
    default String json() {
        ObjectNode data = data();
        return data == null ? null : data.toString();
    }

    /**
     * Where the record came from, for people reading rejects.
     *
     * @return a place in the source ({@code "line 12"}), or {@code null}
     */
    String location();

    /**
     * The exact source text when there is one (a CSV line), stored with a rejection so that nothing is
     * lost.
     *
     * @return the text, or {@code null} when {@link #data()} is the source's own form
     */
    String originalText();

    /**
     * A record an API gave as JSON.
     *
     * @param data the parsed object; the record keeps it, not a copy
     * @return the record, with no location and no original text
     */
    static RawRecord of(ObjectNode data) {
        return new JsonRecord(data, null, null);
    }

    /**
     * A record parsed from text the source gave.
     *
     * @param data         the parsed object; the record keeps it, not a copy
     * @param location     where it came from ({@code "line 12"}), or {@code null}
     * @param originalText the exact source text, or {@code null}
     * @return the record
     */
    static RawRecord of(ObjectNode data, String location, String originalText) {
        return new JsonRecord(data, location, originalText);
    }

    /**
     * A record that is a parsed JSON object.
     *
     * @param data         the object
     * @param location     where it came from, or {@code null}
     * @param originalText the exact source text, or {@code null}
     */
    record JsonRecord(ObjectNode data, String location, String originalText) implements RawRecord {}
}
