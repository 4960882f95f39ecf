package dev.ingest.http.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.http.client.Answer;
import dev.ingest.http.paging.CursorPager;
import dev.ingest.http.paging.LinkedPages;
import dev.ingest.http.paging.NumberedPages;
import dev.ingest.http.paging.Origin;
import dev.ingest.http.paging.Page;
import dev.ingest.http.paging.Records;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a declared stream's list is paged: the query parameters that ask for a page and how the last one shows. */
public sealed interface Paging {

    /**
     * A reader of the list from {@code checkpoint}.
     *
     * @param records where an answer's records are, dot-separated, or empty for a bare array
     */
    RecordReader reader(PageRequests requests, String records, String checkpoint);

    /** The requests paging makes of a declared stream's endpoint. */
    interface PageRequests {
        /** The answer to the stream's request with {@code pagingQuery} added. */
        Answer get(Map<String, String> pagingQuery);

        /** The answer at a URL an answer named, on the API's {@link #origin()}. */
        Answer at(URI url);

        /** The API's origin, the only one whose URLs are followed. */
        Origin origin();
    }

    /** The whole list in one answer. */
    static Paging none() {
        return new OneAnswer();
    }

    /** Pages by number in {@code parameter}, from {@code firstPage}, the last one shown as {@code end} says. */
    static Paging pageNumbers(String parameter, int firstPage, NumberedPages.End end) {
        return new PageNumbers(parameter, firstPage, end, Map.of());
    }

    /** Pages by number, each of {@code size} records asked for in {@code sizeParameter}; a shorter page is the last. */
    static Paging pageNumbers(String parameter, int firstPage, String sizeParameter, int size) {
        return new PageNumbers(
                parameter, firstPage, new NumberedPages.ShortPage(size), Map.of(sizeParameter, Integer.toString(size)));
    }

    /** Pages by a cursor the API gives at {@code nextPath} of each answer and takes back in {@code parameter}; none on the last. */
    static Paging cursor(String parameter, String nextPath) {
        return new NextCursor(parameter, nextPath);
    }

    /**
     * Pages by the full URL of the next page that each answer names, in its body or its {@code Link} header
     * ({@link LinkedPages.BodyUrl}, {@link LinkedPages.LinkHeader}), followed only on the API's origin.
     */
    static Paging linked(LinkedPages.NextLink next) {
        return new Linked(next);
    }

    record OneAnswer() implements Paging {
        @Override
        public RecordReader reader(PageRequests requests, String records, String checkpoint) {
            return CursorPager.onePage(() -> Records.at(requests.get(Map.of()).body(), records, "the answer"));
        }
    }

    /** @param fixed parameters every page's request carries, such as its size */
    record PageNumbers(String parameter, int firstPage, NumberedPages.End end, Map<String, String> fixed)
            implements Paging {
        @Override
        public RecordReader reader(PageRequests requests, String records, String checkpoint) {
            return new NumberedPages(firstPage, records, end)
                    .reader(
                            number -> {
                                Map<String, String> query = new LinkedHashMap<>(fixed);
                                query.put(parameter, Integer.toString(number));
                                return requests.get(query).body();
                            },
                            checkpoint);
        }
    }

    record NextCursor(String parameter, String nextPath) implements Paging {
        @Override
        public RecordReader reader(PageRequests requests, String records, String checkpoint) {
            return new CursorPager(
                    cursor -> {
                        JsonNode answer = requests.get(cursor == null ? Map.of() : Map.of(parameter, cursor))
                                .body();
                        JsonNode next = Records.node(answer, nextPath);
                        String nextCursor = next.isValueNode()
                                        && !next.isNull()
                                        && !next.asText().isEmpty()
                                ? next.asText()
                                : null;
                        return new Page(
                                Records.at(
                                        answer, records, cursor == null ? "the first page" : "the page at " + cursor),
                                nextCursor);
                    },
                    checkpoint);
        }
    }

    record Linked(LinkedPages.NextLink next) implements Paging {
        @Override
        public RecordReader reader(PageRequests requests, String records, String checkpoint) {
            return new LinkedPages(records, next, requests.origin())
                    .reader(() -> requests.get(Map.of()), requests::at, checkpoint);
        }
    }
}
