package dev.ingest.http.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.http.paging.CursorPager;
import dev.ingest.http.paging.NumberedPages;
import dev.ingest.http.paging.Page;
import dev.ingest.http.paging.Records;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** How a declared stream's list is paged: the query parameters that ask for a page and how the last one shows. */
public sealed interface Paging {

    /**
     * A reader of the list from {@code checkpoint}.
     *
     * @param get     the answer to the stream's request with the given paging parameters added
     * @param records where an answer's records are, dot-separated, or empty for a bare array
     */
    RecordReader reader(Function<Map<String, String>, JsonNode> get, String records, String checkpoint);

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

    record OneAnswer() implements Paging {
        @Override
        public RecordReader reader(Function<Map<String, String>, JsonNode> get, String records, String checkpoint) {
            return CursorPager.onePage(() -> Records.at(get.apply(Map.of()), records, "the answer"));
        }
    }

    /** @param fixed parameters every page's request carries, such as its size */
    record PageNumbers(String parameter, int firstPage, NumberedPages.End end, Map<String, String> fixed)
            implements Paging {
        @Override
        public RecordReader reader(Function<Map<String, String>, JsonNode> get, String records, String checkpoint) {
            return new NumberedPages(firstPage, records, end)
                    .reader(
                            number -> {
                                Map<String, String> query = new LinkedHashMap<>(fixed);
                                query.put(parameter, Integer.toString(number));
                                return get.apply(query);
                            },
                            checkpoint);
        }
    }

    record NextCursor(String parameter, String nextPath) implements Paging {
        @Override
        public RecordReader reader(Function<Map<String, String>, JsonNode> get, String records, String checkpoint) {
            return new CursorPager(
                    cursor -> {
                        JsonNode answer = get.apply(cursor == null ? Map.of() : Map.of(parameter, cursor));
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
}
