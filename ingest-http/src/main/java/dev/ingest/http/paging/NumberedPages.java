package dev.ingest.http.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.RecordReader;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A list whose pages are asked for by number, described as data: where an answer's records are and how the API
 * marks its last page. A page that repeats the one before it also ends the list, since some APIs answer every
 * number past the end with the last page; so does an empty page, which no page can follow. A batch's checkpoint
 * is the number of the page after it.
 *
 * @param firstPage   the number of the first page, as the API counts (0 or 1)
 * @param recordsPath where an answer's records are, dot-separated ({@code data.items}); empty for a bare JSON array
 * @param end         how the API marks its last page
 */
public record NumberedPages(int firstPage, String recordsPath, End end) {

    /** How an API marks its last page. */
    public sealed interface End permits ShortPage, MorePagesFlag, TotalPages {

        /** Whether {@code answer}, a page of {@code records} (at least one), is the last. */
        boolean isLast(JsonNode answer, List<ObjectNode> records);
    }

    /** The last page holds fewer records than the page size asked for, or none. */
    public record ShortPage(int pageSize) implements End {
        public ShortPage {
            if (pageSize < 1) {
                throw new IllegalArgumentException("page size must be positive: " + pageSize);
            }
        }

        @Override
        public boolean isLast(JsonNode answer, List<ObjectNode> records) {
            return records.size() < pageSize;
        }
    }

    /** Each answer says at {@code path} (dot-separated, such as {@code meta.morePages}) whether more pages follow; absent means none. */
    public record MorePagesFlag(String path) implements End {
        @Override
        public boolean isLast(JsonNode answer, List<ObjectNode> records) {
            return !Records.node(answer, path).asBoolean(false);
        }
    }

    /**
     * Each answer gives its own page number at {@code pagePath} and the number of pages at {@code totalPath}
     * (CallRail's {@code page} and {@code total_pages}); the page numbered the total, or past it, is the last, and so
     * is an answer without them.
     */
    public record TotalPages(String pagePath, String totalPath) implements End {
        @Override
        public boolean isLast(JsonNode answer, List<ObjectNode> records) {
            JsonNode page = Records.node(answer, pagePath);
            JsonNode total = Records.node(answer, totalPath);
            return !page.canConvertToLong() || !total.canConvertToLong() || page.asLong() >= total.asLong();
        }
    }

    public NumberedPages {
        if (firstPage < 0) {
            throw new IllegalArgumentException("the first page number must not be negative: " + firstPage);
        }
    }

    /**
     * Reads the list from its first page, or from {@code resumeFrom}.
     *
     * @param fetch      the API's answer for a page number
     * @param resumeFrom a checkpoint of an earlier batch, or {@code null}
     */
    public RecordReader reader(IntFunction<JsonNode> fetch, String resumeFrom) {
        if (resumeFrom != null && !resumeFrom.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("not a page number checkpoint: " + resumeFrom);
        }
        return new CursorPager(new Pages(this, fetch), resumeFrom);
    }

    /** One reading of the list: it remembers the page before, to see it repeated. */
    private static final class Pages implements PageSource {

        private final NumberedPages shape;
        private final IntFunction<JsonNode> fetch;
        private List<ObjectNode> previous;

        Pages(NumberedPages shape, IntFunction<JsonNode> fetch) {
            this.shape = shape;
            this.fetch = fetch;
        }

        @Override
        public Page fetch(String cursor) {
            int number = cursor == null ? shape.firstPage() : Integer.parseInt(cursor);
            JsonNode answer = fetch.apply(number);
            List<ObjectNode> records = Records.at(answer, shape.recordsPath(), "page " + number);
            if (records.equals(previous)) {
                return new Page(List.of(), null);
            }
            previous = records;
            boolean last = records.isEmpty() || shape.end().isLast(answer, records);
            return new Page(records, last ? null : Integer.toString(number + 1));
        }
    }
}
