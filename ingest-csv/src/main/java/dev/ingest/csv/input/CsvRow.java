package dev.ingest.csv.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.RawRecord;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A CSV row as a raw record: its fields by position under the file's header. Its {@code _raw} JSON, the
 * fields the header keeps there keyed by header with any fields past the header under {@code _extra}, is
 * written straight from the fields when the engine stores it, so an import builds no JSON tree per row.
 */
public final class CsvRow implements RawRecord {

    /** The key of {@code _raw} that holds the fields past the header; no header is named so (see {@code HeaderMapper.unique}). */
    public static final String EXTRA = "_extra";

    private static final String LOCATION_PREFIX = "line ";

    private final Header header;
    private final CsvRecord record;
    private final String problem;

    CsvRow(Header header, CsvRecord record, String problem) {
        this.header = header;
        this.record = record;
        this.problem = problem;
    }

    /** The field at {@code index} of the header, or {@code ""} when the row is shorter. */
    public String field(int index) {
        List<String> fields = record.fields();
        return index < fields.size() ? fields.get(index) : "";
    }

    /** The physical line the row starts on, 1-based. */
    public long line() {
        return record.line();
    }

    /** Why the file made this row malformed (extra values, an unterminated quote, undecodable bytes), or {@code null}. */
    public String problem() {
        return problem;
    }

    @Override
    public ObjectNode data() {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        List<String> fields = record.fields();
        int n = Math.min(fields.size(), header.names.size());
        for (int i = 0; i < n; i++) {
            data.put(header.names.get(i), fields.get(i));
        }
        if (fields.size() > header.names.size()) {
            ArrayNode extra = data.putArray(EXTRA);
            fields.subList(header.names.size(), fields.size()).forEach(extra::add);
        }
        return data;
    }

    /**
     * The row's {@code _raw}: the fields of the header's raw names (all of them, or those matched to no column)
     * and any fields past the header under {@code _extra}, as Jackson would write that part of {@link #data()};
     * {@code null} when that is nothing, so a row whose every field has a column stores no second copy.
     */
    @Override
    public String json() {
        List<String> fields = record.fields();
        int n = Math.min(fields.size(), header.names.size());
        boolean extras = fields.size() > header.names.size();
        if (!extras && header.rawCount == 0) {
            return null;
        }
        StringBuilder json = new StringBuilder(
                header.keyChars + (header.rawCount == n ? textLength(fields) : 16 * header.rawCount) + 8);
        json.append('{');
        for (int i = 0; i < n; i++) {
            if (header.keys[i] == null) {
                continue;
            }
            json.append(json.length() == 1 ? "" : ",").append(header.keys[i]);
            JsonText.string(json, fields.get(i));
        }
        if (extras) {
            json.append(json.length() == 1 ? "" : ",").append("\"" + EXTRA + "\":");
            extras(json, fields);
        }
        return json.length() == 1 ? null : json.append('}').toString();
    }

    private void extras(StringBuilder json, List<String> fields) {
        json.append('[');
        for (int i = header.names.size(); i < fields.size(); i++) {
            if (i > header.names.size()) {
                json.append(',');
            }
            JsonText.string(json, fields.get(i));
        }
        json.append(']');
    }

    @Override
    public String location() {
        return LOCATION_PREFIX + record.line();
    }

    @Override
    public String originalText() {
        return record.text() != null ? record.text() : String.join(header.delimiter, record.fields());
    }

    /** The length of the row's text, give or take its quotes. */
    private static int textLength(List<String> fields) {
        int chars = fields.size();
        for (String field : fields) {
            chars += field.length();
        }
        return chars;
    }

    /**
     * A file's header names, unique and none of them {@link #EXTRA}, and which of them {@code _raw} keeps, with each
     * kept one's JSON key ({@code "Name":}) written once for all rows.
     */
    static final class Header {
        private final List<String> names;
        /** The JSON key of each header {@code _raw} keeps, {@code null} for the others. */
        private final String[] keys;

        private final int rawCount;
        private final int keyChars;
        /** What joins the fields of a row whose text the parser did not keep. */
        private final String delimiter;

        Header(List<String> names, Collection<String> rawNames, char delimiter) {
            this.names = List.copyOf(names);
            this.delimiter = String.valueOf(delimiter);
            this.keys = new String[names.size()];
            Set<String> raw = Set.copyOf(rawNames);
            int chars = 2;
            int count = 0;
            for (int i = 0; i < keys.length; i++) {
                if (raw.contains(names.get(i))) {
                    StringBuilder key = new StringBuilder();
                    JsonText.string(key, names.get(i));
                    keys[i] = key.append(':').toString();
                    chars += keys[i].length() + 1;
                    count++;
                }
            }
            this.rawCount = count;
            this.keyChars = chars;
        }

        int size() {
            return names.size();
        }
    }
}
