package dev.ingest.http.paging;

/** Fetches the page at a cursor ({@code null} for the first page). */
@FunctionalInterface
public interface PageSource {

    Page fetch(String cursor);
}
