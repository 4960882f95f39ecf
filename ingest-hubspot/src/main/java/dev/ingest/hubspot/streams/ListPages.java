package dev.ingest.hubspot.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.http.paging.CursorPager;
import dev.ingest.http.paging.Page;
import dev.ingest.http.paging.PageSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** HubSpot's list answers ({@code {results, paging:{next:{after}}}}) as pages, live and archived. */
final class ListPages {

    static final int LIMIT = 100;

    private ListPages() {}

    /** The live records' pages, then the archived records'; {@code pages} gives either list by its flag. */
    static Map<String, Function<String, RecordReader>> liveThenArchived(Function<Boolean, PageSource> pages) {
        Map<String, Function<String, RecordReader>> phases = new LinkedHashMap<>();
        phases.put("live", after -> new CursorPager(pages.apply(false), after));
        phases.put("archived", archived(pages));
        return phases;
    }

    static Function<String, RecordReader> archived(Function<Boolean, PageSource> pages) {
        return after -> new CursorPager(pages.apply(true), after);
    }

    static Page page(JsonNode answer) {
        return new Page(records(answer), next(answer));
    }

    static List<ObjectNode> records(JsonNode answer) {
        List<ObjectNode> records = new ArrayList<>();
        answer.path("results").forEach(r -> records.add((ObjectNode) r));
        return records;
    }

    static String next(JsonNode answer) {
        JsonNode after = answer.path("paging").path("next").path("after");
        return after.isMissingNode() || after.isNull() ? null : after.asText();
    }
}
