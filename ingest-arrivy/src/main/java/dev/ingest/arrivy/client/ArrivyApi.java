package dev.ingest.arrivy.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import dev.ingest.http.client.ApiException;
import dev.ingest.http.client.JsonApi;
import dev.ingest.http.paging.CursorPager;
import dev.ingest.http.paging.Page;
import dev.ingest.http.paging.PageSource;
import dev.ingest.http.paging.Records;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arrivy's API as the streams use it: bare JSON arrays paged by {@code page}/{@code items_per_page}, single records
 * by id (a 404 meaning deleted), and the profile as the credential check.
 */
public final class ArrivyApi {

    private final ArrivyEndpoints endpoints;

    public ArrivyApi(JsonApi api) {
        this.endpoints = api.target(ArrivyEndpoints.class);
    }

    /** The account's profile: the cheapest call that proves both credentials. */
    public JsonNode profile() {
        return endpoints.profile();
    }

    /** The record at {@code path} ({@code /tasks/123}), or empty when Arrivy answers 404: deleted for good. */
    public Optional<ObjectNode> record(String path) {
        try {
            JsonNode answer = endpoints.get(path, Map.of());
            if (!(answer instanceof ObjectNode record)) {
                throw new SourceException("GET " + path + " answered something other than a JSON object");
            }
            return Optional.of(record);
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * A list read page by page from {@code checkpoint} (a page number, or {@code null} for the first): one batch a
     * page, the last one shorter than {@code pageSize} or empty. A page equal to the one before it fails the read,
     * since a server that ignores {@code page} would otherwise be read forever or cut short unnoticed.
     *
     * @param query the list's filters, unencoded
     */
    public RecordReader pages(String path, Map<String, String> query, int pageSize, String checkpoint) {
        return new CursorPager(new Pages(path, query, pageSize), checkpoint);
    }

    /** The whole of a list, for one that is read inside another's page (a task's status events). */
    public List<ObjectNode> all(String path, Map<String, String> query, int pageSize) {
        Pages pages = new Pages(path, query, pageSize);
        List<ObjectNode> all = new ArrayList<>();
        String cursor = null;
        do {
            Page page = pages.fetch(cursor);
            all.addAll(page.records());
            cursor = page.next();
        } while (cursor != null);
        return all;
    }

    private final class Pages implements PageSource {
        private final String path;
        private final Map<String, String> query;
        private final int pageSize;
        private List<ObjectNode> previous;

        Pages(String path, Map<String, String> query, int pageSize) {
            this.path = path;
            this.query = query;
            this.pageSize = pageSize;
        }

        @Override
        public Page fetch(String cursor) {
            int number = cursor == null ? 1 : Integer.parseInt(cursor);
            Map<String, String> encoded = new LinkedHashMap<>();
            query.forEach((name, value) -> encoded.put(name, encode(value)));
            encoded.put("page", Integer.toString(number));
            encoded.put("items_per_page", Integer.toString(pageSize));
            List<ObjectNode> records = Records.at(endpoints.get(path, encoded), "", "page " + number + " of " + path);
            if (!records.isEmpty() && records.equals(previous)) {
                throw new SourceException("page " + number + " of " + path + " repeats page " + (number - 1)
                        + ": Arrivy did not page the list; stopped rather than read it again");
            }
            previous = records;
            return new Page(records, records.size() < pageSize ? null : Integer.toString(number + 1));
        }
    }

    /** Query values as Arrivy needs them: an offset's {@code +} must arrive as %2B, not as a space. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
