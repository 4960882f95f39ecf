package dev.ingest.http.paging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a cursor-paged list one page per batch. A batch's checkpoint is the cursor of the page after it,
 * so a resumed run continues with the first page it had not committed.
 */
public final class CursorPager implements RecordReader {

    private final PageSource source;
    private String cursor;
    private boolean done;

    /** @param resumeFrom a checkpoint of an earlier batch, or {@code null} to start with the first page */
    public CursorPager(PageSource source, String resumeFrom) {
        this.source = source;
        this.cursor = resumeFrom;
    }

    /** A list that comes in one answer, as one page. */
    public static CursorPager onePage(Supplier<List<ObjectNode>> records) {
        return new CursorPager(cursor -> new Page(records.get(), null), null);
    }

    @Override
    public Batch next() {
        if (done) {
            return null;
        }
        Page page = source.fetch(cursor);
        cursor = page.next();
        done = cursor == null;
        // The last page's checkpoint is null: there is nothing left to resume.
        return new Batch(page.records().stream().map(RawRecord::of).toList(), cursor);
    }
}
