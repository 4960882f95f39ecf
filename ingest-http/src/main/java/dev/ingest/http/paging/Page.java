package dev.ingest.http.paging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One page of an API's answer.
 *
 * @param records the page's records
 * @param next    the cursor of the page after it, or {@code null} on the last page
 */
public record Page(List<ObjectNode> records, String next) {

    public Page {
        records = List.copyOf(records);
    }
}
