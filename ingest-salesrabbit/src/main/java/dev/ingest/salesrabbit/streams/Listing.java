package dev.ingest.salesrabbit.streams;

import dev.ingest.http.paging.NumberedPages;
import dev.ingest.http.streams.Paging;
import dev.ingest.http.streams.RestStream;
import dev.ingest.salesrabbit.api.InferredApi;

/**
 * The shape every SalesRabbit list shares: {@code {"data": [...], "meta": {"morePages": bool}}}, asked for by
 * {@code page} (from 1) and {@code perPage}. The list ends at {@code morePages: false}, or at a page that repeats
 * the one before it (one integration saw {@code /users} answer every page with all users).
 */
final class Listing {

    private Listing() {}

    static RestStream.Builder of(String name, String path, int pageSize) {
        return RestStream.named(name)
                .get(path)
                .query(InferredApi.PER_PAGE, Integer.toString(pageSize))
                .records(InferredApi.DATA)
                .paging(Paging.pageNumbers(
                        InferredApi.PAGE, 1, new NumberedPages.MorePagesFlag(InferredApi.MORE_PAGES)));
    }
}
